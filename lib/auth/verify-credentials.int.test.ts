import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';
import { AppError } from '../errors';
import { signUpUser } from './sign-up-user';
import { GOOD_PASSWORD, uniqueEmail } from './testing-helpers';
import { UNKNOWN_EMAIL_MESSAGE, verifyCredentials, WRONG_PASSWORD_MESSAGE } from './verify-credentials';
import { emailKey } from './throttle/sign-in-throttle';

afterAll(disconnectDb);

const uniqueIp = () => `203.0.113.${randomUUID().slice(0, 6)}`;

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('verifyCredentials', () => {
  it('returns the user for the right password, with any email case', async () => {
    const email = uniqueEmail('right');
    const created = await signUpUser({ name: 'Right', email, password: GOOD_PASSWORD });
    const user = await verifyCredentials({ email: ` ${email.toUpperCase()}`, password: GOOD_PASSWORD, ip: uniqueIp() });
    expect(user).toEqual({ id: created.id, email, name: 'Right' });
  });

  it('says "Wrong password" for a wrong password and "No account" for an unknown email', async () => {
    const email = uniqueEmail('wrong');
    await signUpUser({ name: 'Wrong', email, password: GOOD_PASSWORD });
    const wrong = await rejection(verifyCredentials({ email, password: 'tangerine-42-lamb', ip: uniqueIp() }));
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(wrong.message).toBe(WRONG_PASSWORD_MESSAGE);
    const unknown = await rejection(verifyCredentials({ email: uniqueEmail('nobody'), password: GOOD_PASSWORD, ip: uniqueIp() }));
    expect(unknown.message).toBe(UNKNOWN_EMAIL_MESSAGE);
  });

  it('blocks an account after five failures, even with the right password, with the wait in seconds', async () => {
    const email = uniqueEmail('throttle');
    await signUpUser({ name: 'T', email, password: GOOD_PASSWORD });
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      // A new address each time: the email key alone must trigger the block.
      messages.push((await rejection(verifyCredentials({ email, password: `nope-${i}-attempt`, ip: uniqueIp() }))).message);
    }
    expect(messages.slice(0, 4)).toEqual(Array(4).fill(WRONG_PASSWORD_MESSAGE));
    expect(messages[4]).toMatch(/^Wrong password\. Too many attempts, try again in (29|30) seconds\.$/);

    const blocked = await rejection(verifyCredentials({ email, password: GOOD_PASSWORD, ip: uniqueIp() }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.message).toMatch(/^Too many attempts, try again in \d+ seconds?\.$/);
  });

  it('blocks one client address guessing across many accounts', async () => {
    const ip = uniqueIp();
    // Addresses are shared (NAT), so they get 20 tries before a block, not 5.
    for (let i = 0; i < 19; i++) await rejection(verifyCredentials({ email: uniqueEmail('spray'), password: GOOD_PASSWORD, ip }));
    expect((await rejection(verifyCredentials({ email: uniqueEmail('spray'), password: GOOD_PASSWORD, ip }))).code).toBe('TOO_MANY_REQUESTS');
    const email = uniqueEmail('victim');
    await signUpUser({ name: 'V', email, password: GOOD_PASSWORD });
    const blocked = await rejection(verifyCredentials({ email, password: GOOD_PASSWORD, ip }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    // The same account from elsewhere is fine.
    await expect(verifyCredentials({ email, password: GOOD_PASSWORD, ip: uniqueIp() })).resolves.toMatchObject({ email });
  });

  it('clears the account’s failures after a successful sign-in', async () => {
    const email = uniqueEmail('clear');
    await signUpUser({ name: 'C', email, password: GOOD_PASSWORD });
    for (let i = 0; i < 3; i++) await rejection(verifyCredentials({ email, password: `nope-${i}-attempt`, ip: uniqueIp() }));
    expect(await prisma.signInThrottle.findUnique({ where: { key: emailKey(email) } })).toMatchObject({ failures: 3 });
    await verifyCredentials({ email, password: GOOD_PASSWORD, ip: uniqueIp() });
    expect(await prisma.signInThrottle.findUnique({ where: { key: emailKey(email) } })).toBeNull();
  });

  it('rejects malformed input before touching the database', async () => {
    const e = await rejection(verifyCredentials({ email: 'nope', password: '' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(e.fieldErrors?.password?.[0]).toMatch(/Enter your password/);
  });
});
