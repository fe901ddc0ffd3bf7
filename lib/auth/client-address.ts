/**
 * The client's network address, for the per-address sign-in throttle. Takes the
 * first hop of X-Forwarded-For (what a reverse proxy in front of Gloss, and
 * `next start` itself, put there), else X-Real-IP. Without a trusted proxy the
 * header can be forged, which is why the email key is throttled as well.
 */

/** The client's address from request headers, or null when none is given. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = forwarded || headers.get('x-real-ip')?.trim();
  if (!address) return null;
  // Keys are stored in the database: keep them short and printable.
  return address.slice(0, 64).replace(/[^0-9A-Za-z.:_%-]/g, '');
}
