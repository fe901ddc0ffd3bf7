/**
 * Checks an email + password for sign-in, with throttling. Called by the
 * Auth.js Credentials provider (lib/auth/auth.ts); throws AppError with the
 * sentence the sign-in form shows.
 *
 * Unknown email vs wrong password: we say which one it was. Hiding it would not
 * protect anyone, because the sign-up form must already say "an account with
 * that email already exists", so an attacker can enumerate accounts there; it
 * would only confuse people who mistyped their address. Enumeration by bulk
 * probing is slowed by the per-address throttle instead.
 */
import { z } from 'zod';
import { prisma } from '../db';
import { AppError } from '../errors';
import { signInSchema } from './auth-schemas';
import type { SessionUser } from './current-user';
import { verifyPassword } from './passwords/hash-password';
import { tooManyAttemptsMessage } from './throttle/next-delay';
import { clearThrottle, emailKey, ipKey, recordSignInFailure, secondsUntilAllowed } from './throttle/sign-in-throttle';

export const UNKNOWN_EMAIL_MESSAGE = 'No account with that email.';
export const WRONG_PASSWORD_MESSAGE = 'Wrong password.';

export interface CredentialsAttempt {
  email: string;
  password: string;
  /** The client's address, for the per-address throttle; omitted when unknown. */
  ip?: string | null;
}

/**
 * Returns the user when the password is right. Throws AppError VALIDATION for
 * malformed input, TOO_MANY_REQUESTS while throttled, UNAUTHORIZED otherwise.
 */
export async function verifyCredentials(attempt: CredentialsAttempt): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(attempt);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors);
  }
  const { email, password } = parsed.data;
  const keys = [emailKey(email), ...(attempt.ip ? [ipKey(attempt.ip)] : [])];

  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new AppError('TOO_MANY_REQUESTS', tooManyAttemptsMessage(wait));

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !ok) {
    const blocked = await recordSignInFailure(keys);
    const reason = user ? WRONG_PASSWORD_MESSAGE : UNKNOWN_EMAIL_MESSAGE;
    // The failure that starts a block says so at once, rather than on the next try.
    const message = blocked > 0 ? `${reason} ${tooManyAttemptsMessage(blocked)}` : reason;
    const field = user ? 'password' : 'email';
    throw new AppError(blocked > 0 ? 'TOO_MANY_REQUESTS' : 'UNAUTHORIZED', message, { [field]: [reason] });
  }

  await clearThrottle(emailKey(email));
  return { id: user.id, email: user.email, name: user.name };
}
