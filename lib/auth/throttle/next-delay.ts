/**
 * Sign-in throttling policy, pure: given what we know about a key ("email:<addr>"
 * or "ip:<addr>") and the time, what does one more failure change? The database
 * part (lib/auth/throttle/record-sign-in-failure.ts) stores the result.
 *
 * Policy: failures are counted in a window that starts at the first failure.
 * From the 5th failure within 15 minutes on, every failure blocks the key for
 * 30 s, doubling with each further failure, at most 15 minutes. The count only
 * resets after 15 quiet minutes (no failure and no block), so an attacker who
 * waits out a block gets a longer one on the next miss, while a person who
 * mistypes a few times is never slowed at all.
 *
 * Client addresses get the same curve from the 20th failure instead: one
 * address is often a whole office, school or phone network behind NAT, and
 * one person's typos must not lock out their colleagues. The per-email key
 * still stops guessing at any one account from the 5th try.
 */

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  blockedUntil: Date | null;
}

export interface ThrottlePolicy {
  /** Failures within the window before blocking starts. */
  threshold: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  threshold: 5,
  windowMs: 15 * 60_000,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/** For "ip:" keys: same curve, later start (shared addresses). */
export const IP_THROTTLE_POLICY: ThrottlePolicy = { ...DEFAULT_THROTTLE_POLICY, threshold: 20 };

/** The policy for a throttle key ("email:..." or "ip:..."). */
export function policyForKey(key: string): ThrottlePolicy {
  return key.startsWith('ip:') ? IP_THROTTLE_POLICY : DEFAULT_THROTTLE_POLICY;
}

/** How long the `failures`-th failure blocks the key: 0 below the threshold. */
export function nextDelayMs(failures: number, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): number {
  if (failures < policy.threshold) return 0;
  const doublings = failures - policy.threshold;
  // Cap the exponent too, so huge counts don't overflow to Infinity.
  return Math.min(policy.baseDelayMs * 2 ** Math.min(doublings, 30), policy.maxDelayMs);
}

/** Whether the stored state is stale: no failure and no block for a whole window. */
function isExpired(state: ThrottleState, now: Date, policy: ThrottlePolicy): boolean {
  const lastActivity = Math.max(state.firstFailureAt.getTime(), state.blockedUntil?.getTime() ?? 0);
  return now.getTime() - lastActivity >= policy.windowMs;
}

/** The state after one more failure at `now` (`previous` null when the key has no row). */
export function stateAfterFailure(
  previous: ThrottleState | null,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): ThrottleState {
  const fresh = !previous || isExpired(previous, now, policy);
  const failures = fresh ? 1 : previous.failures + 1;
  const delay = nextDelayMs(failures, policy);
  return {
    failures,
    firstFailureAt: fresh ? now : previous.firstFailureAt,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
  };
}

/** Whole seconds until the key may try again; 0 when it is not blocked. */
export function secondsBlocked(state: Pick<ThrottleState, 'blockedUntil'> | null, now: Date): number {
  const until = state?.blockedUntil?.getTime();
  if (until === undefined || until <= now.getTime()) return 0;
  return Math.ceil((until - now.getTime()) / 1000);
}

/** The sentence shown to a blocked person. */
export function tooManyAttemptsMessage(seconds: number): string {
  return `Too many attempts, try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
