import { describe, expect, it } from 'vitest';
import { findMatches, stepMatch } from './find-matches';

const slices = (text: string, q: string) => findMatches(text, q).map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it('ignores case and diacritics and returns offsets into the original text', () => {
    const text = 'Le Café ouvre. Un cafe fermé. CAFÉ!';
    expect(slices(text, 'cafe')).toEqual(['Café', 'cafe', 'CAFÉ']);
    expect(slices(text, 'FERME')).toEqual(['fermé']);
  });
  it('keeps offsets right after combining marks, emoji and decomposed letters', () => {
    const text = 'e\u0301le\u0300ve 🙂 naïve and nai\u0308ve';
    expect(slices(text, 'eleve')).toEqual(['e\u0301le\u0300ve']);
    expect(slices(text, 'naive')).toEqual(['naïve', 'nai\u0308ve']);
    expect(slices(text, '🙂 na')).toEqual(['🙂 na']);
  });
  it('treats runs of whitespace (like the blank line between passages) as one space', () => {
    const text = 'end of one.\n\nStart of two';
    expect(slices(text, 'one. start')).toEqual(['one.\n\nStart']);
    expect(slices(text, '  of  ')).toEqual(['of', 'of']);
  });
  it('reports non-overlapping matches and nothing for a blank query', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
    expect(findMatches('abc', '   ')).toEqual([]);
    expect(findMatches('abc', 'x')).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(findMatches('a '.repeat(50), 'a', 7)).toHaveLength(7);
  });
});

describe('stepMatch', () => {
  it('wraps around both ends and starts from either end with nothing current', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
