import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../../db';
import { clearThrottle, pruneStaleThrottles, recordSignInFailure, secondsUntilAllowed } from './sign-in-throttle';

afterAll(disconnectDb);

const key = () => `email:throttle-${randomUUID()}@example.org`;

describe('sign-in throttle store', () => {
  it('allows four failures, then blocks for 30 seconds and reports the wait', async () => {
    const k = key();
    const now = new Date();
    for (let i = 0; i < 4; i++) expect(await recordSignInFailure([k], now)).toBe(0);
    expect(await secondsUntilAllowed([k], now)).toBe(0);
    expect(await recordSignInFailure([k], now)).toBe(30);
    expect(await secondsUntilAllowed([k], now)).toBe(30);
    expect(await secondsUntilAllowed([k], new Date(now.getTime() + 30_000))).toBe(0);
  });

  it('counts concurrent failures once each (row lock), as several instances would', async () => {
    const k = key();
    await Promise.all(Array.from({ length: 8 }, () => recordSignInFailure([k])));
    expect((await prisma.signInThrottle.findUniqueOrThrow({ where: { key: k } })).failures).toBe(8);
  });

  it('reports the longest block among several keys and clears one key', async () => {
    const a = key();
    const b = key();
    const now = new Date();
    for (let i = 0; i < 6; i++) await recordSignInFailure([a], now); // 60 s
    for (let i = 0; i < 5; i++) await recordSignInFailure([b], now); // 30 s
    expect(await secondsUntilAllowed([a, b], now)).toBe(60);
    await clearThrottle(a);
    expect(await secondsUntilAllowed([a, b], now)).toBe(30);
  });

  it('prunes rows idle for a day but keeps recent ones and running blocks', async () => {
    const now = new Date();
    const day = 24 * 60 * 60_000;
    const old = key();
    const recent = key();
    const longBlocked = key();
    await prisma.signInThrottle.createMany({
      data: [
        { key: old, failures: 3, firstFailureAt: new Date(now.getTime() - 2 * day) },
        { key: recent, failures: 3, firstFailureAt: new Date(now.getTime() - 60_000) },
        { key: longBlocked, failures: 9, firstFailureAt: new Date(now.getTime() - 2 * day), blockedUntil: new Date(now.getTime() - 60_000) },
      ],
    });
    expect(await pruneStaleThrottles(now)).toBeGreaterThanOrEqual(1);
    const left = await prisma.signInThrottle.findMany({ where: { key: { in: [old, recent, longBlocked] } }, select: { key: true } });
    expect(left.map((r) => r.key).sort()).toEqual([recent, longBlocked].sort());
  });
});
