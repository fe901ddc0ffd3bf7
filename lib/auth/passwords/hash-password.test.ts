import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './hash-password';

describe('hashPassword', () => {
  it('produces an argon2id hash that verifies only the same password', async () => {
    const h = await hashPassword('tangerine-42-lamp');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'tangerine-42-lamp')).toBe(true);
    expect(await verifyPassword(h, 'tangerine-42-lamP')).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('tangerine-42-lamp')).not.toBe(await hashPassword('tangerine-42-lamp'));
  });

  it('treats a malformed hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });
});
