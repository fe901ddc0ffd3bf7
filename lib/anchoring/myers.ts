/**
 * Myers' bit-parallel edit distance (Myers 1999, in Hyyrö's block form), the
 * engine under fuzzy anchoring. One pass over the text computes, for every
 * text position, the fewest edits that turn the pattern into some text ending
 * there, 32 pattern characters per machine word, so long quotes cost one word
 * operation per 32 characters instead of one per character pair.
 */

/** The pattern compiled to per-character match masks, one 32-bit word per block. */
export interface CompiledPattern {
  length: number;
  blocks: number;
  /** The highest used bit of the last block: where the pattern's last row lives. */
  lastHigh: number;
  masks: Map<number, Int32Array>;
  /**
   * Masks of code units below 128 (most of any normalized text), flat: ascii[code * blocks + block].
   * A plain array, not a typed one: thousands of short-lived patterns per re-anchoring would each
   * allocate an off-heap buffer, which costs more in garbage collection than the lookups save.
   */
  ascii: number[];
}

const NO_MATCH = new Int32Array(64);
let state = new Int32Array(96);

/** Compiles `pattern` (read backwards when `reversed`) for the scans below. */
export function compilePattern(pattern: string, reversed = false): CompiledPattern {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / 32));
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(reversed ? m - 1 - i : i);
    let mask = masks.get(code);
    if (!mask) masks.set(code, (mask = new Int32Array(blocks)));
    mask[i >> 5] |= 1 << (i & 31);
  }
  const ascii: number[] = new Array(128 * blocks).fill(0);
  for (const [code, mask] of masks) if (code < 128) for (let b = 0; b < blocks; b++) ascii[code * blocks + b] = mask[b];
  const lastBits = m - (blocks - 1) * 32;
  return { length: m, blocks, lastHigh: 1 << (Math.max(1, lastBits) - 1), masks, ascii };
}

/**
 * Writes into `out[i]` the edit distance after reading i+1 text characters,
 * starting at `origin` and moving by `step` (1 forwards, -1 backwards, reading
 * text[origin-1], text[origin-2], ...). `anchored` pins the match to start at
 * the origin (plain edit distance against a text prefix); otherwise the match
 * may start anywhere (approximate search).
 */
export function scanScores(
  p: CompiledPattern,
  text: string,
  origin: number,
  step: 1 | -1,
  count: number,
  anchored: boolean,
  out: Int32Array,
): void {
  const { blocks, lastHigh, masks, ascii } = p;
  if (blocks === 1) return scanOneBlock(p, text, origin, step, count, anchored, out);
  if (state.length < 3 * blocks) state = new Int32Array(3 * blocks * 2);
  // One reused buffer (no allocation per scan): pv, mv and score of each block side by side.
  const pv = state.subarray(0, blocks).fill(-1);
  const mv = state.subarray(blocks, 2 * blocks).fill(0);
  const score = state.subarray(2 * blocks, 3 * blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min((b + 1) * 32, p.length);
  const firstIn = anchored ? 1 : 0;
  let pos = step === 1 ? origin : origin - 1;
  for (let i = 0; i < count; i++, pos += step) {
    const code = text.charCodeAt(pos);
    let eqs: ArrayLike<number> = NO_MATCH;
    let base = 0;
    if (code < 128) {
      eqs = ascii;
      base = code * blocks;
    } else eqs = masks.get(code) ?? NO_MATCH;
    let carry = firstIn;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastHigh : -2147483648;
      const neg = carry < 0 ? 1 : 0;
      const eq = eqs[base + b] | neg;
      const pvb = pv[b];
      const mvb = mv[b];
      const xv = eq | mvb;
      const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (neg) mh |= 1;
      else if (carry > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      score[b] += hout;
      carry = hout;
    }
    out[i] = score[blocks - 1];
  }
}

/** scanScores for patterns of at most 32 characters (context, short quotes): all state in locals. */
function scanOneBlock(
  p: CompiledPattern,
  text: string,
  origin: number,
  step: 1 | -1,
  count: number,
  anchored: boolean,
  out: Int32Array,
): void {
  const { lastHigh: high, masks, ascii } = p;
  let pv = -1;
  let mv = 0;
  let score = p.length;
  let pos = step === 1 ? origin : origin - 1;
  for (let i = 0; i < count; i++, pos += step) {
    const code = text.charCodeAt(pos);
    const eq = code < 128 ? ascii[code] : (masks.get(code)?.[0] ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    if (anchored) ph |= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    out[i] = score;
  }
}

let buffer = new Int32Array(1024);
function scratch(n: number): Int32Array {
  if (buffer.length < n) buffer = new Int32Array(Math.max(n, buffer.length * 2));
  return buffer;
}

/** A match end (exclusive) and its edit count. */
export interface MatchEnd {
  end: number;
  errors: number;
}

/**
 * Approximate search of `p` in text[from, to): the best end of every run of
 * positions within `maxErrors`, so each place the pattern occurs is reported once.
 */
export function searchEnds(p: CompiledPattern, text: string, from: number, to: number, maxErrors: number): MatchEnd[] {
  const count = Math.max(0, to - from);
  const out = scratch(count);
  scanScores(p, text, from, 1, count, false, out);
  const found: MatchEnd[] = [];
  let best: MatchEnd | null = null;
  for (let i = 0; i < count; i++) {
    const e = out[i];
    if (e <= maxErrors) {
      if (!best || e < best.errors) best = { end: from + i + 1, errors: e };
    } else if (best) {
      found.push(best);
      best = null;
    }
  }
  if (best) found.push(best);
  return found;
}

/**
 * Edit distance between `p` and the text that starts at `origin` (or ends
 * there, for a reversed pattern scanned with step -1), choosing the length
 * within `origin ± limit` that fits best; ties go to the length nearest the
 * pattern's. Returns the errors and that length.
 */
export function anchoredDistance(
  p: CompiledPattern,
  text: string,
  origin: number,
  step: 1 | -1,
  limit: number,
): { errors: number; length: number } {
  const available = step === 1 ? text.length - origin : origin;
  const count = Math.max(0, Math.min(limit, available));
  const out = scratch(count);
  scanScores(p, text, origin, step, count, true, out);
  let errors = p.length;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const e = out[i];
    const len = i + 1;
    if (e < errors || (e === errors && Math.abs(len - p.length) < Math.abs(length - p.length))) {
      errors = e;
      length = len;
    }
  }
  return { errors, length };
}
