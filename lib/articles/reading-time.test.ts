import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  it('counts space-separated words and CJK characters', () => {
    expect(countWords('  one two\n\nthree\tfour ')).toBe(4);
    expect(countWords('日本語 and 中文')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('is words / 230, at least 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
