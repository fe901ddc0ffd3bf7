/**
 * Who is asking. CONTRACT used across lib/:
 *
 *   getCurrentUser(request?)  -> SessionUser | null
 *       from the Auth.js session cookie, or from `Authorization: Bearer <token>`
 *       when a Request is given (route handlers pass theirs).
 *   requireUser(request?)     -> SessionUser, or throws AppError('UNAUTHORIZED')
 *
 * Data-layer functions take the SessionUser (or null) as their first argument
 * and do their own permission checks with it.
 *
 * A session is a signed JWT, but we still look the user up: a deleted account's
 * cookie must stop working, and the name shown should be the current one. The
 * lookup is a primary-key read, memoised per request by React's `cache`.
 */
import { cache } from 'react';
import { AppError } from '../errors';
import type { GroupRole } from '../generated/prisma/enums';
import { resolveApiToken } from './api-tokens/resolve-api-token';
import { assertSameOrigin } from './assert-same-origin';
import { findSessionUser } from './find-session-user';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /**
   * groupId -> role, when the lookup that found the user read them in the same
   * query (findSessionUser, resolveApiToken): the permission checks of this
   * request then need no second query (loadViewer). Absent: they query.
   */
  roles?: ReadonlyMap<string, GroupRole>;
}

/** The secret from `Authorization: Bearer <secret>`, or null. */
function bearerSecret(request?: Request): string | null {
  const header = request?.headers.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

const userFromSession = cache(async (): Promise<SessionUser | null> => {
  // Imported lazily: Auth.js pulls in next/headers, which scripts and tests
  // that only use bearer tokens never need.
  const { auth } = await import('./auth');
  const session = await auth();
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || !id) return null;
  return findSessionUser(id);
});

/**
 * The session user from a Request's own cookies. Route handlers pass their
 * Request, so this works without Next's request scope (`headers()`), which
 * also lets route handlers be tested by calling them directly. Both cookie
 * names are tried: Auth.js uses the `__Secure-` one behind https.
 * A state-changing request authenticated this way must come from Gloss's own
 * pages (assert-same-origin.ts): a cookie rides along on cross-site requests.
 */
async function userFromRequestCookies(request: Request): Promise<SessionUser | null> {
  if (!request.headers.get('cookie')) return null;
  const { getToken } = await import('next-auth/jwt');
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: request, secret, secureCookie });
    if (typeof token?.sub === 'string' && token.sub) {
      assertSameOrigin(request);
      return findSessionUser(token.sub);
    }
  }
  return null;
}

/** The signed-in user (bearer token first, when a Request is given), or null. */
export async function getCurrentUser(request?: Request): Promise<SessionUser | null> {
  const secret = bearerSecret(request);
  if (secret) return resolveApiToken(secret);
  if (request) return userFromRequestCookies(request);
  return userFromSession();
}

/** The signed-in user, or AppError UNAUTHORIZED with a message saying what to do. */
export async function requireUser(request?: Request): Promise<SessionUser> {
  const user = await getCurrentUser(request);
  if (user) return user;
  if (bearerSecret(request)) throw new AppError('UNAUTHORIZED', 'That API token is invalid or has been revoked.');
  throw new AppError('UNAUTHORIZED', 'Please sign in first.');
}
