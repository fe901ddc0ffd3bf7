/**
 * SSRF guard, pure part: decides whether a URL's host may be fetched on a
 * person's behalf. Only public unicast addresses pass; loopback, private,
 * link-local (incl. cloud metadata 169.254.169.254), CGNAT, unspecified,
 * broadcast, multicast, reserved, unique-local and link-local IPv6, and IPv6
 * forms that embed IPv4 (mapped, NAT64, 6to4, Teredo) are refused. Hosts are
 * read through WHATWG URL parsing first, which turns decimal, octal and hex
 * IPv4 spellings ("2130706433", "0177.0.0.1") into dotted quads, so those
 * tricks reach this check as plain 127.0.0.1.
 */
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors';

export const INTERNAL_ADDRESS_MESSAGE =
  "That address points inside this server's network; only public web pages can be imported.";

/** Whether an IP address (v4 or v6 text) is public unicast. Invalid text is not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // Refused outright: a public site has no reason to publish one, and the
    // kernel routes it to the embedded IPv4 address, private or not.
    if (v6.isIPv4MappedAddress()) return false;
  }
  return parsed.range() === 'unicast';
}

/** The URL's host without IPv6 brackets or a trailing dot. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/** Whether the hostname is a name for this machine ("localhost", "*.localhost"). */
export function isLocalName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === 'localhost.localdomain';
}

/**
 * Parses and checks a URL's scheme and (when it is a literal) its address.
 * Host names still need their DNS answers checked with isPublicAddress.
 */
export function parseImportUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('VALIDATION', 'That is not a valid web address. Use a full URL such as https://example.com/article.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('VALIDATION', 'Only http:// and https:// web pages can be imported.');
  }
  if (url.username || url.password) {
    throw new AppError('VALIDATION', 'Web addresses with a user name or password cannot be imported.');
  }
  return url;
}

/**
 * Whether tests allow this host:port despite its private address. Set ONLY by
 * tests (GLOSS_IMPORT_ALLOW_HOSTS="localhost:4567,127.0.0.1:4567") so they can
 * fetch from a local test server; it matches exact host:port pairs, never a
 * whole host, so a production misconfiguration cannot open every port.
 */
export function isAllowedByTestConfig(url: URL, env: Record<string, string | undefined> = process.env): boolean {
  const list = (env.GLOSS_IMPORT_ALLOW_HOSTS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (list.length === 0) return false;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return list.includes(`${bareHostname(url)}:${port}`) || list.includes(`${url.hostname.toLowerCase()}:${port}`);
}
