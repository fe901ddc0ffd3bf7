/**
 * Members-only mode. With GLOSS_REQUIRE_SIGN_IN=1 an instance shows nothing to
 * signed-out visitors. proxy.ts redirects them early, as a convenience; the
 * guard that counts is `assertCanRead`, which every data-layer read function
 * calls with the asking user, so a route the proxy misses still leaks nothing.
 */
import { AppError } from '../errors';
import type { SessionUser } from './current-user';

/** Whether this instance is members-only (GLOSS_REQUIRE_SIGN_IN=1 or true). */
export function isSignInRequired(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env.GLOSS_REQUIRE_SIGN_IN?.trim() ?? '');
}

/** Throws AppError UNAUTHORIZED when the instance is members-only and nobody is signed in. */
export function assertCanRead(user: SessionUser | null): void {
  if (!user && isSignInRequired()) {
    throw new AppError('UNAUTHORIZED', 'This Gloss is for members only. Please sign in.');
  }
}
