/**
 * Fetches a web page for import without letting a person use the server to
 * reach its own network (SSRF). Every hop: only http/https; the host name is
 * resolved once with dns.lookup (all addresses) and refused unless every
 * address is public (check-address.ts); the connection then goes to exactly
 * that checked address (a custom `lookup` pins it, so a second DNS answer
 * cannot differ: no DNS rebinding). Redirects are followed by hand, at most 5,
 * each re-checked. The whole fetch is capped at 15 s and 5 MB (aborted while
 * streaming), and only text/html or application/xhtml+xml is accepted.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AppError } from '../errors';
import {
  bareHostname,
  INTERNAL_ADDRESS_MESSAGE,
  isAllowedByTestConfig,
  isLocalName,
  isPublicAddress,
  parseImportUrl,
} from './check-address';

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  html: string;
  contentType: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** Fetches an HTML page safely; throws AppError with a readable message on any refusal. */
export async function fetchUrl(rawUrl: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = parseImportUrl(rawUrl);
    for (let hop = 0; ; hop++) {
      const address = await resolveCheckedAddress(url);
      const res = await requestOnce(url, address, controller.signal);
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (hop >= limits.maxRedirects) {
          throw new AppError('BAD_GATEWAY', `That page redirects more than ${limits.maxRedirects} times; giving up.`);
        }
        url = parseImportUrl(new URL(location, url).href);
        continue;
      }
      if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) {
        res.resume();
        throw new AppError('BAD_GATEWAY', `The site answered with HTTP ${res.statusCode}; the page could not be fetched.`);
      }
      const contentType = String(res.headers['content-type'] ?? '');
      if (!/^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType)) {
        res.resume();
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `That address is not a web page (it is ${contentType.split(';')[0] || 'of an unknown type'}); only HTML pages can be imported.`,
        );
      }
      const body = await readCapped(res, limits.maxBytes);
      return { url: url.href, html: decodeBody(body, contentType), contentType };
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (controller.signal.aborted) {
      throw new AppError('BAD_GATEWAY', `The site took longer than ${Math.round(limits.timeoutMs / 1000)} seconds to answer; giving up.`);
    }
    throw new AppError('BAD_GATEWAY', `The page could not be fetched: ${describeNetworkError(e)}.`);
  } finally {
    clearTimeout(timer);
  }
}

interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves the URL's host and refuses non-public answers (unless a test allowed exactly this host:port). */
async function resolveCheckedAddress(url: URL): Promise<CheckedAddress> {
  const host = bareHostname(url);
  const allowed = isAllowedByTestConfig(url);
  if (isLocalName(host) && !allowed) throw new AppError('VALIDATION', INTERNAL_ADDRESS_MESSAGE);
  let answers: Array<{ address: string; family: number }>;
  try {
    answers = await dnsLookup(host, { all: true, verbatim: true });
  } catch {
    throw new AppError('BAD_GATEWAY', `The site's name (${host}) could not be found.`);
  }
  if (answers.length === 0) throw new AppError('BAD_GATEWAY', `The site's name (${host}) could not be found.`);
  // Every answer must be public: otherwise the name could point half inside.
  if (!allowed && answers.some((a) => !isPublicAddress(a.address))) {
    throw new AppError('VALIDATION', INTERNAL_ADDRESS_MESSAGE);
  }
  const first = answers[0];
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

function requestOnce(url: URL, pinned: CheckedAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Connect to the address we checked, whatever DNS would say now.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup,
        signal,
        agent: false,
        headers: {
          'user-agent': 'Gloss article importer (+https://github.com/gloss)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'identity',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new AppError('PAYLOAD_TOO_LARGE', `That page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; it cannot be imported.`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset from the header, else a <meta charset>, else UTF-8. */
export function decodeBody(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const charset =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function describeNetworkError(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code === 'ECONNREFUSED') return 'the site refused the connection';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code && /CERT|SSL|TLS/.test(code)) return 'its HTTPS certificate is not valid';
  return (e as Error)?.message ?? 'unknown error';
}
