/**
 * Cross-site request forgery guard for cookie sessions. A browser attaches
 * Gloss's session cookie to any request aimed at Gloss, including a form or
 * `fetch(..., { mode: 'no-cors' })` on another site; SameSite=Lax stops most
 * of those, but not same-site subdomains, old browsers, or top-level POST
 * navigations that some browsers still let through. So a state-changing
 * request (any method but GET/HEAD/OPTIONS) that authenticates with the
 * session cookie must prove it comes from Gloss's own pages: its Origin
 * header (or, when a browser sends none, Sec-Fetch-Site, then Referer) must
 * name this app. A request with none of them is refused too: browsers always
 * send one of them, and scripts should use an API token.
 *
 * Bearer-token requests never reach this check: a token is not sent
 * automatically by browsers, so it cannot be ridden by another site.
 * getCurrentUser(request) calls this whenever the cookie is what
 * authenticates, so every route handler gets it without remembering it.
 * (Server actions are checked by Next itself: Origin against Host.)
 */
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the method can change state (everything but GET, HEAD and OPTIONS). */
export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Hosts this app answers on: the request URL's own, the Host header (which a
 * browser sets to what it connected to, e.g. 127.0.0.1 vs localhost), the
 * first X-Forwarded-Host (behind a proxy; a cross-site browser request cannot
 * set it without a CORS preflight we never grant), and the configured
 * public URL.
 */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const add = (value: string | null | undefined) => {
    const host = value?.split(',')[0]?.trim().toLowerCase();
    if (host) hosts.add(host);
  };
  add(new URL(request.url).host);
  add(request.headers.get('host'));
  add(request.headers.get('x-forwarded-host'));
  for (const configured of [process.env.GLOSS_PUBLIC_URL, process.env.AUTH_URL]) {
    if (!configured) continue;
    try {
      add(new URL(configured).host);
    } catch {
      // an unparsable setting names no host
    }
  }
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Why a request is not provably same-origin, or null when it is. Checks
 * Origin first; without it Sec-Fetch-Site; without that Referer.
 */
export function crossSiteReason(request: Request): string | null {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = hostOf(origin);
    return host && ownHosts(request).has(host) ? null : `it came from ${origin === 'null' ? 'an opaque origin' : origin}`;
  }
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite === 'same-origin' ? null : `it came from another site (Sec-Fetch-Site: ${fetchSite})`;
  const referer = request.headers.get('referer');
  if (referer !== null) {
    const host = hostOf(referer);
    return host && ownHosts(request).has(host) ? null : 'its Referer names another site';
  }
  return 'it did not say where it came from (no Origin header)';
}

/**
 * Throws AppError FORBIDDEN (403) for a state-changing request that is not
 * provably from Gloss's own pages. Call it only when the session cookie is
 * what authenticates the request.
 */
export function assertSameOrigin(request: Request): void {
  if (!isUnsafeMethod(request.method)) return;
  const reason = crossSiteReason(request);
  if (reason) {
    throw new AppError(
      'FORBIDDEN',
      `Refused a change signed in by cookie because ${reason}. Make changes from Gloss's own pages, or send an API token (Authorization: Bearer …).`,
    );
  }
}
