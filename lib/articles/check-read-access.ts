/**
 * Who may read articles. Reading is open to anyone, signed in or not, unless
 * the instance sets GLOSS_REQUIRE_SIGN_IN=1. This is a small local guard for
 * the article read side; the auth work may replace it with a shared one.
 */
import type { SessionUser } from '../auth/current-user';
import { AppError } from '../errors';

/** Throws UNAUTHORIZED when the instance requires sign-in and nobody is signed in. */
export function checkReadAccess(user: SessionUser | null): void {
  if (!user && process.env.GLOSS_REQUIRE_SIGN_IN === '1') {
    throw new AppError('UNAUTHORIZED', 'Please sign in to read articles on this site.');
  }
}
