import { describe, expect, it } from 'vitest';
import { normalize, prepareText } from './normalize';

describe('normalization for fuzzy matching', () => {
  it('ignores case, whitespace and punctuation', () => {
    expect(normalize('State-of-the-art,  really!')).toBe(normalize('state of the art really'));
  });

  it('keeps emoji, CJK and combining marks', () => {
    expect(normalize('Tokyo 東京 🙂 e\u0301tude')).toBe('tokyo東京🙂e\u0301tude');
  });

  it('maps every normalized character back to its raw offset', () => {
    const raw = 'A, b  C!\n\nd';
    const p = prepareText(raw);
    expect(p.norm).toBe('abcd');
    expect(Array.from(p.normToRaw)).toEqual([0, 3, 6, 10]);
    expect(p.rawToNorm[4]).toBe(2);
    expect(p.rawToNorm[raw.length]).toBe(4);
  });
});
