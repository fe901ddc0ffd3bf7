import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-policy';

describe('checkPasswordStrength', () => {
  it('accepts a long password with two kinds of characters', () => {
    expect(checkPasswordStrength('correct horse battery', 'ann@example.org')).toBeNull();
    expect(checkPasswordStrength('tangerine-42-lamp')).toBeNull();
  });

  it('refuses passwords shorter than 10 characters', () => {
    expect(checkPasswordStrength('Ab3$efgh9')).toMatch(/at least 10 characters/);
  });

  it('counts characters, not UTF-16 units', () => {
    // 9 emoji are 18 UTF-16 units but still only 9 characters.
    expect(checkPasswordStrength('😀'.repeat(8) + 'a')).toMatch(/at least 10/);
  });

  it('refuses passwords made of only one kind of character', () => {
    expect(checkPasswordStrength('abcdefghijkl')).toMatch(/two kinds/);
    expect(checkPasswordStrength('98237465019283')).toMatch(/two kinds/);
    expect(checkPasswordStrength('ABCDEFGHIJKL')).toMatch(/two kinds/);
  });

  it('refuses common passwords whatever their case', () => {
    expect(checkPasswordStrength('Password123')).toMatch(/too common/);
    expect(checkPasswordStrength('qwerty12345')).toMatch(/too common/);
  });

  it('refuses passwords that contain the email local part', () => {
    expect(checkPasswordStrength('Margaret-1990', 'margaret@example.org')).toMatch(/email address/);
    // Short local parts are not checked, to avoid accidental matches.
    expect(checkPasswordStrength('ab-cd-ef-gh-12', 'ab@example.org')).toBeNull();
  });

  it('refuses absurdly long passwords', () => {
    expect(checkPasswordStrength('aB3'.repeat(100))).toMatch(/at most 200/);
  });
});
