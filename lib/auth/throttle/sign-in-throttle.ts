/**
 * Sign-in throttling stored in Postgres (table SignInThrottle), so the limits
 * hold however many app instances run. The policy itself is the pure
 * ./next-delay.ts; this module reads and writes its state.
 *
 * Keys are "email:<lowercased address>" and "ip:<client address>". A failure is
 * recorded under a row lock (SELECT ... FOR UPDATE), so concurrent failures on
 * several instances each count once.
 */
import { prisma } from '../../db';
import { policyForKey, secondsBlocked, stateAfterFailure, type ThrottlePolicy, type ThrottleState } from './next-delay';

/** The throttle key for an account. */
export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
/** The throttle key for a client address. */
export const ipKey = (ip: string) => `ip:${ip}`;

/** The longest remaining block among `keys`, in whole seconds (0 = may try). */
export async function secondsUntilAllowed(keys: string[], now = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys } }, select: { blockedUntil: true } });
  return Math.max(0, ...rows.map((row) => secondsBlocked(row, now)));
}

/**
 * Counts one failed sign-in against each key and returns the longest block
 * that results, in seconds (0 when the failure did not trigger one).
 */
export async function recordSignInFailure(
  keys: string[],
  now = new Date(),
  policyFor: (key: string) => ThrottlePolicy = policyForKey,
): Promise<number> {
  let longest = 0;
  // Sorted so two transactions touching the same keys lock them in the same order (no deadlock).
  for (const key of [...new Set(keys)].sort()) {
    const next = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "firstFailureAt") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "firstFailureAt", "blockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const previous = row && row.failures > 0 ? row : null;
      const state = stateAfterFailure(previous, now, policyFor(key));
      await tx.signInThrottle.update({ where: { key }, data: state });
      return state;
    });
    longest = Math.max(longest, secondsBlocked(next, now));
  }
  return longest;
}

/** Forgets the failures of one key (a successful sign-in clears its email key). */
export async function clearThrottle(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
