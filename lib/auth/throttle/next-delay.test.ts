import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_THROTTLE_POLICY, IP_THROTTLE_POLICY, nextDelayMs, policyForKey, secondsBlocked, stateAfterFailure, type ThrottleState } from './next-delay';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failRepeatedly(times: number, everyMs = 1000): ThrottleState {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = stateAfterFailure(state, at(i * everyMs));
  return state!;
}

describe('nextDelayMs', () => {
  it('does not block below five failures, then 30 s doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => nextDelayMs(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => nextDelayMs(n) / 1000)).toEqual([30, 60, 120, 240, 480]);
    expect(nextDelayMs(10) / 1000).toBe(900);
    expect(nextDelayMs(1_000_000) / 1000).toBe(900);
  });

  it('never decreases and never exceeds the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const d = nextDelayMs(n);
        expect(d).toBeLessThanOrEqual(DEFAULT_THROTTLE_POLICY.maxDelayMs);
        expect(nextDelayMs(n + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});

describe('stateAfterFailure', () => {
  it('starts counting at the first failure', () => {
    expect(stateAfterFailure(null, t0)).toEqual({ failures: 1, firstFailureAt: t0, blockedUntil: null });
  });

  it('blocks for 30 seconds at the fifth failure within the window', () => {
    const s = failRepeatedly(5);
    expect(s.failures).toBe(5);
    expect(s.blockedUntil).toEqual(at(4000 + 30_000));
    expect(secondsBlocked(s, at(4000))).toBe(30);
  });

  it('gives a longer block to a failure right after a block ends', () => {
    const five = failRepeatedly(5);
    const six = stateAfterFailure(five, at(4000 + 30_000));
    expect(six.failures).toBe(6);
    expect(six.blockedUntil).toEqual(at(4000 + 30_000 + 60_000));
  });

  it('forgets failures after a quiet window', () => {
    const four = failRepeatedly(4);
    const later = stateAfterFailure(four, at(3000 + 15 * 60_000));
    expect(later).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('measures quiet time from the end of a block, not the first failure', () => {
    const blocked = failRepeatedly(10, 60_000); // last failure at 9 min, blocked 15 min
    expect(blocked.blockedUntil).toEqual(at(9 * 60_000 + 15 * 60_000));
    // 16 minutes after the first failure, but the block is still running: keep counting.
    const again = stateAfterFailure(blocked, at(25 * 60_000));
    expect(again.failures).toBe(11);
  });

  it('does not reset failures spread over less than a window', () => {
    expect(failRepeatedly(5, 3 * 60_000).failures).toBe(5);
  });
});

describe('secondsBlocked', () => {
  it('is 0 without a block or after it ends, and rounds up otherwise', () => {
    expect(secondsBlocked(null, t0)).toBe(0);
    expect(secondsBlocked({ blockedUntil: at(-1) }, t0)).toBe(0);
    expect(secondsBlocked({ blockedUntil: at(1500) }, t0)).toBe(2);
  });
});

describe('policyForKey', () => {
  it('gives shared client addresses a later start than accounts', () => {
    expect(policyForKey('email:a@example.org')).toBe(DEFAULT_THROTTLE_POLICY);
    expect(policyForKey('ip:203.0.113.1')).toBe(IP_THROTTLE_POLICY);
    expect(nextDelayMs(19, IP_THROTTLE_POLICY)).toBe(0);
    expect(nextDelayMs(20, IP_THROTTLE_POLICY)).toBe(30_000);
  });
});
