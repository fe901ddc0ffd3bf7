import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';
import { AppError } from '../errors';
import { signUpUser } from './sign-up-user';
import { GOOD_PASSWORD, uniqueEmail } from './testing-helpers';
import { verifyPassword } from './passwords/hash-password';

afterAll(disconnectDb);

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('signUpUser', () => {
  it('creates a user with a trimmed, lowercased email and an argon2id hash', async () => {
    const email = uniqueEmail('signup');
    const user = await signUpUser({ name: '  Ann Lee ', email: `  ${email.toUpperCase()} `, password: GOOD_PASSWORD });
    expect(user).toMatchObject({ email, name: 'Ann Lee' });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, GOOD_PASSWORD)).toBe(true);
    // The default client never hands out hashes.
    const plain = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect('passwordHash' in plain).toBe(false);
  });

  it('rejects a second account with the same email, whatever its case', async () => {
    const email = uniqueEmail('dup');
    await signUpUser({ name: 'First', email, password: GOOD_PASSWORD });
    const e = await rejection(signUpUser({ name: 'Second', email: email.toUpperCase(), password: GOOD_PASSWORD }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/already exists/);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it('rejects concurrent sign-ups with one email: exactly one wins', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.allSettled([1, 2, 3].map((n) => signUpUser({ name: `R${n}`, email, password: GOOD_PASSWORD })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('CONFLICT');
  });

  it('rejects a weak password and an invalid email with field messages, creating nothing', async () => {
    const email = uniqueEmail('weak');
    const weak = await rejection(signUpUser({ name: 'W', email, password: 'short1' }));
    expect(weak.code).toBe('VALIDATION');
    expect(weak.fieldErrors?.password?.[0]).toMatch(/at least 10/);
    const bad = await rejection(signUpUser({ name: 'W', email: 'not-an-email', password: GOOD_PASSWORD }));
    expect(bad.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});
