/**
 * The matcher behind `anchor` and `anchorAll`: finds a stored quote in a new
 * text in three stages, cheapest first, and refuses to guess. (1) The quote
 * at the expected position(s), if its context still agrees. (2) Exact
 * occurrences, the one whose context agrees best and lies nearest the
 * expected position. (3) Approximate occurrences (Myers) near the expected
 * position, then, with a stricter error budget, anywhere (pigeonhole seeds
 * keep that fast). Every candidate must clear a context-agreement bar that
 * depends on how distinctive the quote is: a misplaced highlight is worse
 * than an orphan.
 */
import { compileContext, contextAgreement, requiredAgreement, type CompiledContext } from './context-agreement';
import { anchoredDistance, compilePattern, searchEnds } from './myers';
import { isSkipped, normalize, type PreparedText } from './normalize';
import type { AnchorResult } from './types';

/** What the matcher knows about one annotation. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Old offsets from the position selector, if any. */
  position?: { start: number; end: number };
}

/** A text being anchored on, normalized only if a stage needs it. */
export class AnchorText {
  private prepared: PreparedText | null = null;
  constructor(
    readonly raw: string,
    private readonly prepare: (raw: string) => PreparedText,
  ) {}
  get norm(): PreparedText {
    return (this.prepared ??= this.prepare(this.raw));
  }
}

/** How far (normalized chars) around the expected position the local searches look. */
const WINDOW = 2048;
/** Error budget (share of the normalized quote) near the expected position, and anywhere else. */
const LOCAL_ERROR_RATE = 0.25;
const GLOBAL_ERROR_RATE = 0.12;
/** Quotes shorter than this (normalized) are only matched exactly. */
const MIN_FUZZY_LENGTH = 8;
/** Agreement at the expected position that makes the answer final (confidence 1 when unmoved). */
const SURE_AGREEMENT = 0.85;
/** Cap on candidates verified per stage, so a quote made of common words stays cheap. */
const MAX_CANDIDATES = 400;

interface Candidate {
  normStart: number;
  normEnd: number;
  rawStart?: number;
  rawEnd?: number;
  quoteSimilarity: number;
  agreement: number | null;
}

interface Prepared {
  q: QuoteQuery;
  quoteNorm: string;
  ctx: CompiledContext;
}

function prepareQuery(q: QuoteQuery): Prepared {
  return { q, quoteNorm: normalize(q.exact), ctx: compileContext(normalize(q.prefix), normalize(q.suffix)) };
}

function proximity(rawStart: number, hint: number | undefined): number {
  return hint === undefined ? 0 : 1 / (1 + Math.abs(rawStart - hint) / 1000);
}

/** Finds `q` in `text`; `hint` is where we expect it to start now (defaults to its old start). */
export function findQuote(text: AnchorText, q: QuoteQuery, hint?: number): AnchorResult | null {
  const raw = text.raw;
  const exact = q.exact;
  if (!exact) return null;
  const expected = hint ?? q.position?.start;
  const p = prepareQuery(q);

  // Stage 1: the quote where we expect it.
  const tried = new Set<number>();
  for (const start of [q.position?.start, hint]) {
    if (start === undefined || tried.has(start) || start < 0) continue;
    tried.add(start);
    if (raw.startsWith(exact, start)) {
      const agreement = agreementAtRaw(text, p, start, start + exact.length);
      if (agreement === null || agreement >= SURE_AGREEMENT) {
        const unmoved = start === q.position?.start && q.position.end === start + exact.length;
        return { start, end: start + exact.length, confidence: unmoved ? 1 : confidenceOf(1, agreement) };
      }
    }
  }

  // Stage 2: exact occurrences.
  const exactHit = bestExact(text, p, expected);
  if (exactHit) return exactHit;

  // Stage 3: approximate occurrences.
  if (p.quoteNorm.length < MIN_FUZZY_LENGTH) return null;
  return bestApproximate(text, p, expected);
}

function agreementAtRaw(text: AnchorText, p: Prepared, rawStart: number, rawEnd: number): number | null {
  if (!p.ctx.prefix && !p.ctx.suffix) return null;
  const t = text.norm;
  return contextAgreement(p.ctx, t, t.rawToNorm[rawStart], t.rawToNorm[rawEnd]);
}

function confidenceOf(quoteSimilarity: number, agreement: number | null): number {
  const a = agreement ?? 0.5;
  return Math.min(0.99, Math.round((0.5 * quoteSimilarity + 0.5 * a) * 1000) / 1000);
}

function bestExact(text: AnchorText, p: Prepared, expected: number | undefined): AnchorResult | null {
  const raw = text.raw;
  const exact = p.q.exact;
  let starts: number[] = [];
  for (let i = raw.indexOf(exact); i !== -1; i = raw.indexOf(exact, i + 1)) starts.push(i);
  if (starts.length === 0) return null;
  if (starts.length > MAX_CANDIDATES && expected !== undefined) {
    starts = starts.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, MAX_CANDIDATES);
  }
  const candidates: Candidate[] = starts.map((s) => ({
    normStart: 0,
    normEnd: 0,
    rawStart: s,
    rawEnd: s + exact.length,
    quoteSimilarity: 1,
    agreement: agreementAtRaw(text, p, s, s + exact.length),
  }));
  const quoteLength = Math.max(p.quoteNorm.length, Math.ceil(exact.length / 2));
  return choose(candidates, quoteLength, expected);
}

/**
 * Picks the best acceptable candidate, or null. Without stored context the
 * only evidence is position: take the nearest occurrence when we know where
 * to look, a lone occurrence otherwise, and refuse a tie.
 */
function choose(candidates: Candidate[], quoteLength: number, expected: number | undefined): AnchorResult | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let runnerUp = -Infinity;
  for (const c of candidates) {
    const a = c.agreement;
    if (a === null) {
      if (candidates.length > 1 && expected === undefined) return null;
      if (c.quoteSimilarity < 0.9) continue;
    } else if (a < requiredAgreement(quoteLength, c.quoteSimilarity)) continue;
    const score = 0.5 * c.quoteSimilarity + 0.5 * (a ?? 0.5) + 0.05 * proximity(c.rawStart!, expected);
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = c;
    } else if (score > runnerUp) runnerUp = score;
  }
  if (!best) return null;
  // Two equally good places and nothing (not even position) to tell them apart: orphan, don't guess.
  if (expected === undefined && bestScore - runnerUp < 0.01) return null;
  return { start: best.rawStart!, end: best.rawEnd!, confidence: confidenceOf(best.quoteSimilarity, best.agreement) };
}

function bestApproximate(text: AnchorText, p: Prepared, expected: number | undefined): AnchorResult | null {
  const t = text.norm;
  const m = p.quoteNorm.length;
  const forward = compilePattern(p.quoteNorm);
  const backward = compilePattern(p.quoteNorm, true);
  const candidatesFrom = (from: number, to: number, maxErrors: number): Candidate[] => {
    const out: Candidate[] = [];
    for (const hit of searchEnds(forward, t.norm, from, to, maxErrors)) {
      const { errors, length } = anchoredDistance(backward, t.norm, hit.end, -1, m + maxErrors);
      if (length === 0) continue;
      const c = toRaw(t, p.q.exact, hit.end - length, hit.end, 1 - errors / m);
      c.agreement = contextAgreement(p.ctx, t, c.normStart, c.normEnd);
      out.push(c);
      if (out.length >= MAX_CANDIDATES) break;
    }
    return out;
  };

  if (expected !== undefined) {
    const center = t.rawToNorm[Math.min(Math.max(0, expected), t.raw.length)];
    const from = Math.max(0, center - WINDOW);
    const to = Math.min(t.norm.length, center + m + WINDOW);
    const local = choose(candidatesFrom(from, to, Math.floor(m * LOCAL_ERROR_RATE)), m, expected);
    if (local) return local;
  }

  // Anywhere else: with k allowed errors, one of k+1 pieces of the quote occurs exactly (pigeonhole).
  const k = Math.floor(m * GLOBAL_ERROR_RATE);
  const pieceLength = Math.floor(m / (k + 1));
  const regions = new Set<number>();
  const candidates: Candidate[] = [];
  for (let piece = 0; piece <= k && candidates.length < MAX_CANDIDATES; piece++) {
    const offset = piece * pieceLength;
    const seed = p.quoteNorm.slice(offset, offset + pieceLength);
    for (let h = t.norm.indexOf(seed); h !== -1; h = t.norm.indexOf(seed, h + 1)) {
      const regionStart = Math.max(0, h - offset - k);
      // Seeds of one occurrence land within a few characters of each other: verify each region once.
      const bucket = Math.floor(regionStart / Math.max(1, k + 1));
      if (regions.has(bucket) || regions.has(bucket - 1) || regions.has(bucket + 1)) continue;
      regions.add(bucket);
      candidates.push(...candidatesFrom(regionStart, Math.min(t.norm.length, h - offset + m + k), k));
      if (candidates.length >= MAX_CANDIDATES) break;
    }
  }
  return choose(candidates, m, expected);
}

/** Maps a normalized span back to raw offsets, re-attaching the quote's own edge punctuation/whitespace. */
function toRaw(t: PreparedText, exact: string, normStart: number, normEnd: number, quoteSimilarity: number): Candidate {
  let rawStart = t.normToRaw[normStart];
  let rawEnd = t.normToRaw[normEnd - 1] + 1;
  let lead = 0;
  while (lead < exact.length && isSkipped(exact.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < exact.length - lead && isSkipped(exact.charCodeAt(exact.length - 1 - trail))) trail++;
  for (let i = 0; i < lead && rawStart > 0 && isSkipped(t.raw.charCodeAt(rawStart - 1)); i++) rawStart--;
  for (let i = 0; i < trail && rawEnd < t.raw.length && isSkipped(t.raw.charCodeAt(rawEnd)); i++) rawEnd++;
  return { normStart, normEnd, rawStart, rawEnd, quoteSimilarity, agreement: null };
}
