/**
 * Where to send someone after signing in or up. `callbackUrl` comes from the
 * query string, so anyone can craft it: only same-site paths are followed,
 * never another origin ("//evil.example", "https://...", "/\evil"), and never
 * back to the sign-in pages themselves.
 */

/** `value` when it is a safe same-site path, else "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Control characters and backslashes can make browsers read a different host.
  if (/[\u0000-\u001f\\]/.test(value)) return '/';
  const path = value.split(/[?#]/)[0];
  if (path === '/sign-in' || path === '/sign-up') return '/';
  return value;
}
