/**
 * Small helpers the annotation, group and tag route handlers share: reading
 * a JSON body with clear errors, the public origin for absolute W3C ids, and
 * the version a PATCH says it edited (If-Match or gloss:version).
 */
import { AppError } from '../errors';

const MAX_JSON_BYTES = 256 * 1024;

/** The request body as JSON, or AppError with a message a person understands. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/\bjson\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON (Content-Type: application/json).');
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'That request is too large.');
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/**
 * The origin that absolute ids (W3C `id`, `target.source`) use: GLOSS_PUBLIC_URL
 * when set (behind a proxy), else the request's own origin.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.GLOSS_PUBLIC_URL ?? process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(request.url).origin;
}

/** The version in an If-Match header ("3", W/"3" or 3), or undefined. */
export function versionFromIfMatch(header: string | null): number | undefined {
  if (!header) return undefined;
  const m = header.trim().match(/^(?:W\/)?"?(\d+)"?$/);
  if (!m) throw new AppError('BAD_REQUEST', 'If-Match must be the annotation version, e.g. "3".');
  return Number(m[1]);
}

/** An ETag for a version (matches what versionFromIfMatch reads). */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Whether a JSON document looks like a W3C Web Annotation rather than Gloss's simple shape. */
export function looksLikeW3C(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return (
    '@context' in o ||
    o.type === 'Annotation' ||
    'target' in o ||
    Object.keys(o).some((k) => k.startsWith('gloss:')) ||
    (o.body !== undefined && o.body !== null && typeof o.body !== 'string')
  );
}

/** Boolean query parameters: 1/true/yes. */
export function flagParam(v: string | null): boolean {
  return v !== null && /^(1|true|yes)$/i.test(v);
}
