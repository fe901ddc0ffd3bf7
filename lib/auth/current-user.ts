/**
 * Who is asking. CONTRACT used across lib/ (the auth work fills in the body):
 *
 *   getCurrentUser(request?)  -> SessionUser | null
 *       from the Auth.js session cookie, or from `Authorization: Bearer <token>`
 *       when a Request is given (route handlers pass theirs).
 *   requireUser(request?)     -> SessionUser, or throws AppError('UNAUTHORIZED')
 *
 * Data-layer functions take the SessionUser (or null) as their first argument
 * and do their own permission checks with it.
 */
import { AppError } from '../errors';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export async function getCurrentUser(_request?: Request): Promise<SessionUser | null> {
  return null;
}

export async function requireUser(request?: Request): Promise<SessionUser> {
  const user = await getCurrentUser(request);
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  return user;
}
