import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../../db';
import { clearThrottle, recordSignInFailure, secondsUntilAllowed } from './sign-in-throttle';

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
});
