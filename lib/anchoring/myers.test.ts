import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredDistance, compilePattern, searchEnds } from './myers';

/** Plain dynamic-programming edit distance, the reference the bit-parallel version must equal. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: max });

describe('Myers bit-parallel matching', () => {
  it('finds the best approximate match, also for patterns longer than 32 characters', () => {
    fc.assert(
      fc.property(word(90), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 120 }), (p, t) => {
        let best = p.length;
        for (let a = 0; a <= t.length; a++) for (let b = a; b <= t.length; b++) best = Math.min(best, levenshtein(p, t.slice(a, b)));
        const ends = searchEnds(compilePattern(p), t, 0, t.length, p.length);
        expect(Math.min(p.length, ...ends.map((e) => e.errors))).toBe(best);
      }),
      { numRuns: 60 },
    );
  });

  it('computes anchored distances forwards and backwards', () => {
    fc.assert(
      fc.property(word(80), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 100 }), (p, t) => {
        let forward = p.length;
        let backward = p.length;
        for (let l = 0; l <= t.length; l++) {
          forward = Math.min(forward, levenshtein(p, t.slice(0, l)));
          backward = Math.min(backward, levenshtein(p, t.slice(t.length - l)));
        }
        expect(anchoredDistance(compilePattern(p), t, 0, 1, t.length).errors).toBe(forward);
        expect(anchoredDistance(compilePattern(p, true), t, t.length, -1, t.length).errors).toBe(backward);
      }),
      { numRuns: 80 },
    );
  });

  it('reports each occurrence once with its end', () => {
    const text = 'xx hello xx helo xx';
    const ends = searchEnds(compilePattern('hello'), text, 0, text.length, 1);
    expect(ends).toEqual([
      { end: 8, errors: 0 },
      { end: 16, errors: 1 },
    ]);
  });
});
