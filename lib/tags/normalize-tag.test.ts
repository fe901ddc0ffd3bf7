import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { normalizeTag, normalizeTags, tagSlug } from './normalize-tag';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a throw');
}

describe('normalizeTag', () => {
  it('trims, collapses whitespace and makes a case-insensitive slug', () => {
    expect(normalizeTag('  Climate \t  Policy ')).toEqual({ name: 'Climate Policy', slug: 'climate-policy' });
    expect(normalizeTag('CLIMATE policy').slug).toBe(normalizeTag('climate POLICY').slug);
  });

  it('drops a leading hash and keeps non-Latin letters', () => {
    expect(normalizeTag('#économie')).toEqual({ name: 'économie', slug: 'économie' });
    expect(normalizeTag('日本語').slug).toBe('日本語');
  });

  it('rejects empty, too long and letterless tags with clear messages', () => {
    expect(errorOf(() => normalizeTag('   ')).message).toBe('Tags cannot be empty.');
    const long = errorOf(() => normalizeTag('x'.repeat(41)));
    expect(long.code).toBe('VALIDATION');
    expect(long.message).toContain('at most 40 characters');
    expect(normalizeTag('x'.repeat(40)).name).toHaveLength(40);
    expect(errorOf(() => normalizeTag('!!!')).message).toContain('at least one letter or digit');
  });

  it('turns punctuation into single hyphens in the slug', () => {
    expect(tagSlug('C++ / Rust')).toBe('c-rust');
    expect(tagSlug('a -- b')).toBe('a-b');
  });
});

describe('normalizeTags', () => {
  it('dedupes by slug, first spelling wins', () => {
    expect(normalizeTags(['News', 'news ', 'NEWS', 'Other'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Other', slug: 'other' },
    ]);
  });

  it('allows 10 tags and refuses 11', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `t${i}`);
    expect(normalizeTags(ten)).toHaveLength(10);
    const err = errorOf(() => normalizeTags([...ten, 'eleven']));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('at most 10 tags');
  });
});
