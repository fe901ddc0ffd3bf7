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
      // Upsert, not update: a concurrent prune may have removed a long-idle row since the INSERT.
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...state }, update: state });
      return state;
    });
    longest = Math.max(longest, secondsBlocked(next, now));
  }
  if (Math.random() < 1 / PRUNE_ONE_IN) await pruneStaleThrottles(now);
  return longest;
}

/** Rows idle this long can go: every policy forgets them after its 15-minute window anyway. */
const STALE_AFTER_MS = 24 * 60 * 60_000;
/** Pruning runs on about one failure in this many, so an attack doesn't also mean a table scan per try. */
const PRUNE_ONE_IN = 50;

/**
 * Deletes throttle rows with no failure and no block for a day, so keys from
 * old attacks (random emails, many addresses) don't pile up. Returns the count.
 */
export async function pruneStaleThrottles(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - STALE_AFTER_MS);
  const { count } = await prisma.signInThrottle.deleteMany({
    where: { firstFailureAt: { lt: before }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: before } }] },
  });
  return count;
}

/** Forgets the failures of one key (a successful sign-in clears its email key). */
export async function clearThrottle(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
