import { describe, expect, it } from 'vitest';
import { slugify, slugSuffix } from './slugify';

describe('slugify', () => {
  it.each([
    ['Hello, World!', 'hello-world'],
    ['  Café au lait — naïve résumé ', 'cafe-au-lait-naive-resume'],
    ["London's 20% drop", 'londons-20-drop'],
    ['日本語のタイトル', 'article'],
    ['---', 'article'],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles at a word boundary', () => {
    const s = slugify('word '.repeat(40), 22);
    expect(s).toBe('word-word-word-word');
  });

  it('makes short suffixes', () => {
    expect(slugSuffix()).toMatch(/^-[0-9a-z]{5}$/);
  });
});
