/**
 * The second half of anchoring, for quotes not found near where they were
 * expected (moved paragraphs, deleted quotes, large edits): search the whole
 * text for many annotations at once. Each quote contributes a few short
 * "seed" substrings of its normalized form; one rolling-hash pass over the
 * normalized text finds every seed occurrence for every annotation, and only
 * those regions are verified with Myers. A quote whose seeds all received an
 * edit is not found here, which makes it an orphan: a safe failure.
 */
import { choose, exactCandidates, type AnchorText, type Candidate, type PreparedQuery } from './candidates';
import { ERROR_RATE, fuzzyCandidates, MAX_CANDIDATES, MIN_FUZZY_LENGTH } from './find-near';
import type { AnchorResult } from './types';

/** Seed length in normalized characters. */
const Q = 8;
const BASE = 0x01000193;
/** Regions verified per annotation at most. */
const MAX_REGIONS = 8;
/** A seed occurring more often than this is a common word, not evidence of where the quote is. */
const RARE_SEED_HITS = 4;
/** Occurrences kept per seed for voting. */
const MAX_SEED_HITS = 64;
const FILTER_BITS = 16;

/** One annotation to look for everywhere, with where it was expected. */
export interface AnywhereQuery {
  p: PreparedQuery;
  expected: number | undefined;
}

/** One seed of one query: its offset in the normalized quote and the quote starts its occurrences imply. */
interface Seed {
  offset: number;
  starts: number[];
}

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let j = 0; j < Q; j++) h = (Math.imul(h, BASE) + s.charCodeAt(at + j)) | 0;
  return h;
}

/** Anchors each query anywhere in the text; results in input order. */
export function findAnywhere(text: AnchorText, queries: readonly AnywhereQuery[]): (AnchorResult | null)[] {
  const results: (AnchorResult | null)[] = new Array(queries.length).fill(null);
  const seeds = new Map<number, Seed[]>();
  const seedsOf: Seed[][] = queries.map(() => []);
  const filter = new Uint8Array(1 << FILTER_BITS);
  queries.forEach(({ p, expected }, qi) => {
    const m = p.quoteNorm.length;
    if (m < Math.max(Q, MIN_FUZZY_LENGTH)) {
      // Too short to seed or to match approximately: exact occurrences only.
      results[qi] = choose(exactCandidates(text, p, 0, text.raw.length, MAX_CANDIDATES), p, expected);
      return;
    }
    // Evenly spread seeds: any occurrence with fewer edits than seeds keeps one seed intact.
    const count = Math.min(8, Math.max(3, Math.floor(m / 12)));
    for (let i = 0; i < count; i++) {
      const offset = Math.round((i * (m - Q)) / (count - 1));
      const h = hashAt(p.quoteNorm, offset);
      filter[h >>> (32 - FILTER_BITS)] = 1;
      let list = seeds.get(h);
      if (!list) seeds.set(h, (list = []));
      const seed: Seed = { offset, starts: [] };
      list.push(seed);
      seedsOf[qi].push(seed);
    }
  });
  if (seeds.size === 0) return results;

  const norm = text.norm.norm;
  let pow = 1;
  for (let j = 1; j < Q; j++) pow = Math.imul(pow, BASE);
  let h = norm.length >= Q ? hashAt(norm, 0) : 0;
  const shift = 32 - FILTER_BITS;
  for (let i = 0; i + Q <= norm.length; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(norm.charCodeAt(i - 1), pow), BASE) + norm.charCodeAt(i + Q - 1)) | 0;
    if (filter[h >>> shift] === 0) continue;
    const list = seeds.get(h);
    if (!list) continue;
    for (const seed of list) if (seed.starts.length < MAX_SEED_HITS) seed.starts.push(i - seed.offset);
  }

  for (let qi = 0; qi < queries.length; qi++) {
    if (seedsOf[qi].length === 0) continue;
    const starts = regionsToVerify(seedsOf[qi]);
    const { p, expected } = queries[qi];
    const m = p.quoteNorm.length;
    const k = Math.floor(m * ERROR_RATE);
    const candidates: Candidate[] = [];
    // Merge overlapping regions so each stretch of text is scanned once.
    let from = -1;
    let to = -1;
    for (const s of starts.sort((a, b) => a - b)) {
      const a = Math.max(0, s - k);
      const b = Math.min(norm.length, s + m + k);
      if (a <= to) to = Math.max(to, b);
      else {
        if (to > from) candidates.push(...fuzzyCandidates(text, p, from, to, k));
        from = a;
        to = b;
      }
    }
    if (to > from) candidates.push(...fuzzyCandidates(text, p, from, to, k));
    results[qi] = choose(candidates, p, expected);
  }
  return results;
}

/**
 * Where to verify: every occurrence of a rare seed, and places that several
 * seeds agree on (an intact occurrence puts all its seeds at one start).
 */
function regionsToVerify(seeds: Seed[]): number[] {
  const votes = new Map<number, number>();
  const chosen = new Set<number>();
  for (const { starts } of seeds) {
    const rare = starts.length <= RARE_SEED_HITS;
    for (const s of starts) {
      if (rare) chosen.add(s);
      votes.set(s, (votes.get(s) ?? 0) + 1);
    }
  }
  for (const [s, v] of votes) if (v >= 2) chosen.add(s);
  return [...chosen]
    .sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0))
    .slice(0, MAX_REGIONS);
}
