import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { assertCanRead, isSignInRequired } from './assert-can-read';

const saved = process.env.GLOSS_REQUIRE_SIGN_IN;
afterEach(() => {
  if (saved === undefined) delete process.env.GLOSS_REQUIRE_SIGN_IN;
  else process.env.GLOSS_REQUIRE_SIGN_IN = saved;
});

describe('assertCanRead', () => {
  const user = { id: 'u1', email: 'a@example.org', name: null };

  it('lets everyone read when the instance is open', () => {
    delete process.env.GLOSS_REQUIRE_SIGN_IN;
    expect(() => assertCanRead(null)).not.toThrow();
  });

  it('refuses signed-out readers when GLOSS_REQUIRE_SIGN_IN=1', () => {
    process.env.GLOSS_REQUIRE_SIGN_IN = '1';
    expect(() => assertCanRead(user)).not.toThrow();
    let error: unknown;
    try {
      assertCanRead(null);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNAUTHORIZED');
  });

  it('reads the setting leniently but only turns on for yes-like values', () => {
    expect(isSignInRequired({ GLOSS_REQUIRE_SIGN_IN: 'true' })).toBe(true);
    expect(isSignInRequired({ GLOSS_REQUIRE_SIGN_IN: '0' })).toBe(false);
    expect(isSignInRequired({})).toBe(false);
  });
});
