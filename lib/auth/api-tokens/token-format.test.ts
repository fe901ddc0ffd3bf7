import { describe, expect, it } from 'vitest';
import { displayPrefix, generateTokenSecret, hashTokenSecret, looksLikeToken } from './token-format';

describe('token format', () => {
  it('generates gloss_ + 43 base64url characters (32 bytes)', () => {
    const secret = generateTokenSecret();
    expect(secret).toMatch(/^gloss_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(6), 'base64url')).toHaveLength(32);
    expect(looksLikeToken(secret)).toBe(true);
  });

  it('generates a different secret every time', () => {
    const seen = new Set(Array.from({ length: 100 }, generateTokenSecret));
    expect(seen.size).toBe(100);
  });

  it('rejects strings that are not tokens', () => {
    expect(looksLikeToken('gloss_short')).toBe(false);
    expect(looksLikeToken('ghp_' + 'a'.repeat(43))).toBe(false);
    expect(looksLikeToken(generateTokenSecret() + 'x')).toBe(false);
    expect(looksLikeToken('gloss_' + '+'.repeat(43))).toBe(false);
  });

  it('hashes with SHA-256 (hex) and keeps a short display prefix', () => {
    expect(hashTokenSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const secret = generateTokenSecret();
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(displayPrefix(secret)).toBe(secret.slice(0, 14));
    expect(displayPrefix(secret).startsWith('gloss_')).toBe(true);
  });
});
