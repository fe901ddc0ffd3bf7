/**
 * Shared pieces of the matcher: the text being anchored on (normalized only
 * when needed), an annotation's query compiled once, candidate places and
 * the rule that picks one or refuses. The rule is where "a misplaced
 * highlight is worse than an orphan" lives: a candidate needs enough context
 * agreement for how distinctive its quote is, and a tie that nothing breaks
 * is an orphan, not a coin flip.
 */
import { compileContext, contextAgreement, requiredAgreement, type CompiledContext } from './context-agreement';
import { compilePattern, type CompiledPattern } from './myers';
import { isSkipped, normalize, prepareText, type PreparedText } from './normalize';
import type { AnchorResult } from './types';

/** What the matcher knows about one annotation. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Old offsets from the position selector, if any. */
  position?: { start: number; end: number };
}

/**
 * A query with its normalized quote, context and compiled quote patterns,
 * each made on first use: most quotes are confirmed by one string comparison
 * and never need them.
 */
export class PreparedQuery {
  readonly ctx: CompiledContext;
  private norm: string | null = null;
  private fwd: CompiledPattern | null = null;
  private bwd: CompiledPattern | null = null;
  constructor(readonly q: QuoteQuery) {
    this.ctx = compileContext(q.prefix, q.suffix);
  }
  get quoteNorm(): string {
    return (this.norm ??= normalize(this.q.exact));
  }
  private numbers: string | null = null;
  /** The quote's digits in order: an approximate match whose digits differ is a different statement. */
  get digits(): string {
    return (this.numbers ??= digitsOf(this.quoteNorm));
  }
  /** The normalized quote compiled for forward scans. */
  get forward(): CompiledPattern {
    return (this.fwd ??= compilePattern(this.quoteNorm));
  }
  /** The normalized quote compiled for backward scans (finding where a match starts). */
  get backward(): CompiledPattern {
    return (this.bwd ??= compilePattern(this.quoteNorm, true));
  }
}

/** Wraps a query for matching. */
export function prepareQuery(q: QuoteQuery): PreparedQuery {
  return new PreparedQuery(q);
}

/** A text being anchored on; its normalized form is built on first use. */
export class AnchorText {
  private prepared: PreparedText | null = null;
  constructor(readonly raw: string) {}
  get norm(): PreparedText {
    return (this.prepared ??= prepareText(this.raw));
  }
}

/** A place the quote might be, with the evidence for it. */
export interface Candidate {
  rawStart: number;
  rawEnd: number;
  quoteSimilarity: number;
  agreement: number | null;
}

/** Context agreement around raw span [rawStart, rawEnd); null when no context was stored. */
export function agreementAtRaw(text: AnchorText, p: PreparedQuery, rawStart: number, rawEnd: number): number | null {
  if (!p.ctx.present) return null;
  // Fast path: context unchanged character for character.
  const raw = text.raw;
  if (raw.endsWith(p.q.prefix, rawStart) && raw.startsWith(p.q.suffix, rawEnd)) return 1;
  const t = text.norm;
  return contextAgreement(p.ctx, t, t.rawToNorm[rawStart], t.rawToNorm[rawEnd]);
}

/** Confidence below 1 for anything but an untouched quote at its old offsets. */
export function confidenceOf(quoteSimilarity: number, agreement: number | null): number {
  const a = agreement ?? 0.5;
  return Math.min(0.99, Math.round((0.5 * quoteSimilarity + 0.5 * a) * 1000) / 1000);
}

function proximity(rawStart: number, expected: number | undefined): number {
  return expected === undefined ? 0 : 1 / (1 + Math.abs(rawStart - expected) / 1000);
}

/** Normalized quote length used to judge distinctiveness (raw length for quotes that are all punctuation). */
export function distinctiveLength(p: PreparedQuery): number {
  return Math.max(p.quoteNorm.length, Math.ceil(p.q.exact.length / 3));
}

/**
 * Picks the best acceptable candidate, or null. Without stored context the
 * only evidence is position: take the nearest occurrence when we know where
 * to look, a lone occurrence otherwise, and refuse a tie.
 */
export function choose(candidates: Candidate[], p: PreparedQuery, expected: number | undefined): AnchorResult | null {
  // Verbatim occurrences first: an approximate match only counts when no verbatim one is acceptable.
  const verbatim = candidates.filter((c) => c.quoteSimilarity === 1);
  if (verbatim.length > 0 && verbatim.length < candidates.length) {
    const found = chooseAmong(verbatim, p, expected);
    if (found) return found;
  }
  return chooseAmong(candidates, p, expected);
}

function chooseAmong(candidates: Candidate[], p: PreparedQuery, expected: number | undefined): AnchorResult | null {
  const quoteLength = distinctiveLength(p);
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let runnerUp = -Infinity;
  for (const c of candidates) {
    const a = c.agreement;
    if (a === null) {
      if (candidates.length > 1 && expected === undefined) return null;
      if (c.quoteSimilarity < 0.9) continue;
    } else if (a < requiredAgreement(quoteLength, c.quoteSimilarity)) continue;
    const score = 0.5 * c.quoteSimilarity + 0.5 * (a ?? 0.5) + 0.1 * proximity(c.rawStart, expected);
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = c;
    } else if (score > runnerUp) runnerUp = score;
  }
  if (!best) return null;
  // Two equally good places and nothing (not even position) to tell them apart: orphan, don't guess.
  if (expected === undefined && bestScore - runnerUp < 0.01) return null;
  return { start: best.rawStart, end: best.rawEnd, confidence: confidenceOf(best.quoteSimilarity, best.agreement) };
}

/** Candidates for every exact occurrence of the quote in raw[from, to). */
export function exactCandidates(text: AnchorText, p: PreparedQuery, from: number, to: number, max: number): Candidate[] {
  const exact = p.q.exact;
  const scope = from === 0 && to >= text.raw.length ? text.raw : text.raw.slice(from, to);
  const out: Candidate[] = [];
  for (let i = scope.indexOf(exact); i !== -1 && out.length < max; i = scope.indexOf(exact, i + 1)) {
    const s = from + i;
    out.push({ rawStart: s, rawEnd: s + exact.length, quoteSimilarity: 1, agreement: agreementAtRaw(text, p, s, s + exact.length) });
  }
  return out;
}

/** A normalized match mapped back to raw offsets, re-attaching the quote's own edge punctuation/whitespace. */
export function normalizedCandidate(
  text: AnchorText,
  p: PreparedQuery,
  normStart: number,
  normEnd: number,
  quoteSimilarity: number,
): Candidate {
  const t = text.norm;
  const exact = p.q.exact;
  let rawStart = t.normToRaw[normStart];
  let rawEnd = t.normToRaw[normEnd - 1] + 1;
  let lead = 0;
  while (lead < exact.length && isSkipped(exact.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < exact.length - lead && isSkipped(exact.charCodeAt(exact.length - 1 - trail))) trail++;
  for (let i = 0; i < lead && rawStart > 0 && isSkipped(t.raw.charCodeAt(rawStart - 1)); i++) rawStart--;
  for (let i = 0; i < trail && rawEnd < t.raw.length && isSkipped(t.raw.charCodeAt(rawEnd)); i++) rawEnd++;
  // "Item 30 costs $5" is not "Item 31 costs $5", however similar: numbers carry the meaning.
  if (quoteSimilarity < 1 && digitsOf(t.norm.slice(normStart, normEnd)) !== p.digits) {
    return { rawStart, rawEnd, quoteSimilarity: 0, agreement: 0 };
  }
  return { rawStart, rawEnd, quoteSimilarity, agreement: contextAgreement(p.ctx, t, normStart, normEnd) };
}

function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}
