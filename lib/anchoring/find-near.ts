/**
 * The first, cheap half of anchoring one annotation: look only where the
 * quote is expected. (1) The quote exactly at its old offset or the predicted
 * one, with its context intact. (2) Exact and approximate occurrences (Myers)
 * in a window around the prediction, weighed together. Proximity is
 * itself evidence: an edited quote right where we expect it beats a verbatim
 * copy far away, which is why the window is searched before the whole text.
 */
import { requiredAgreement } from './context-agreement';
import {
  agreementAtRaw,
  choose,
  distinctiveLength,
  confidenceOf,
  exactCandidates,
  normalizedCandidate,
  type AnchorText,
  type Candidate,
  type PreparedQuery,
} from './candidates';
import { anchoredDistance, searchEnds } from './myers';
import { isSkipped } from './normalize';
import type { AnchorResult } from './types';

/** Agreement that settles the answer for a verbatim quote at its old (not the predicted) offset. */
const SURE_AGREEMENT = 0.85;
/** How far off the prediction a verbatim quote is first looked for, and then again. */
const NUDGE = 32;
const NEARBY = 320;
/** Raw characters searched on each side of the prediction (editedInPlace covers the quote right at it). */
const WINDOW = 320;
/**
 * Then a wide window for verbatim quotes only (cheap: indexOf). It finds the
 * first quote after an inserted or deleted paragraph, whose predicted
 * position is off by the paragraph's length, and so re-syncs the prediction
 * for the quotes after it.
 */
const EXACT_WINDOW = 4096;
/** Error budget, as a share of the normalized quote, for approximate matches. */
export const ERROR_RATE = 0.25;
/** Quotes shorter than this (normalized) are only matched exactly. */
export const MIN_FUZZY_LENGTH = 8;
/** Cap on candidates examined per search, so quotes made of common words stay cheap. */
export const MAX_CANDIDATES = 200;

/** Approximate candidates in normalized text [from, to). */
export function fuzzyCandidates(
  text: AnchorText,
  p: PreparedQuery,
  from: number,
  to: number,
  maxErrors: number,
): Candidate[] {
  const t = text.norm;
  const m = p.quoteNorm.length;
  const out: Candidate[] = [];
  for (const hit of searchEnds(p.forward, t.norm, from, to, maxErrors)) {
    const backward = p.backward;
    // The scan reports where matches end; read backwards from there to find where each one starts.
    const { errors, length } = anchoredDistance(backward, t.norm, hit.end, -1, m + maxErrors, startsAtBreak(text, p, hit.end));
    if (length === 0) continue;
    out.push(normalizedCandidate(text, p, hit.end - length, hit.end, 1 - errors / m));
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * Finds the quote near `expected` (a raw offset), or null if the neighbourhood
 * holds no acceptable match. `alternatives` are other plausible starts, only
 * checked for a verbatim quote with intact context. `window` is how far
 * (raw characters each side) the approximate search reaches; callers with
 * better predictions or a cheaper fallback (anchorAll) pass less, or 0.
 */
export function findNear(
  text: AnchorText,
  p: PreparedQuery,
  expected: number | undefined,
  alternatives: readonly number[] = [],
  window = WINDOW,
): AnchorResult | null {
  const raw = text.raw;
  const { exact, position } = p.q;
  // Old offset, prediction, then alternatives (no arrays or sets: this runs for every annotation).
  for (let k = -2; k < alternatives.length; k++) {
    const start = k === -2 ? position?.start : k === -1 ? expected : alternatives[k];
    if (start === undefined || start < 0) continue;
    if (k >= -1 && start === position?.start) continue;
    if (k >= 0 && start === expected) continue;
    if (!raw.startsWith(exact, start)) continue;
    const agreement = agreementAtRaw(text, p, start, start + exact.length);
    // Verbatim at the predicted offset: position is evidence too, so the usual bar suffices there.
    if (
      agreement === null ||
      agreement >= SURE_AGREEMENT ||
      (start === expected && agreement >= requiredAgreement(distinctiveLength(p), 1))
    ) {
      const unmoved = start === position?.start && position.end === start + exact.length;
      return { start, end: start + exact.length, confidence: unmoved ? 1 : confidenceOf(1, agreement) };
    }
  }
  if (expected === undefined) return null;

  // Verbatim just off the prediction (a small edit between this quote and the last one shifted it),
  // then edited right at the prediction, then verbatim further off. Verbatim matches come before
  // approximate ones so that in repetitive text ("Q1 revenue rose", "Q2 revenue rose") a one-letter
  // neighbour with agreeable context cannot win over the quote itself; but an edited quote exactly
  // where predicted beats a verbatim copy a few paragraphs away.
  const verbatimAt = (radius: number) =>
    choose(
      exactCandidates(text, p, Math.max(0, expected - radius), Math.min(raw.length, expected + exact.length + radius), MAX_CANDIDATES),
      p,
      expected,
    );
  const close = verbatimAt(NUDGE);
  if (close) return close;
  const m = p.quoteNorm.length;
  if (m >= MIN_FUZZY_LENGTH) {
    const here = editedInPlace(text, p, expected);
    if (here) return here;
  }
  const further = verbatimAt(NEARBY);
  if (further) return further;
  if (window > 0) {
    const from = Math.max(0, expected - window);
    const to = Math.min(raw.length, expected + exact.length + window);
    let found: AnchorResult | null;
    if (m < MIN_FUZZY_LENGTH) found = choose(exactCandidates(text, p, from, to, MAX_CANDIDATES), p, expected);
    else {
      // Myers reports verbatim copies (0 errors) and edited ones together, so an edited quote right
      // where we expect it can win over a verbatim copy a few paragraphs away.
      const t = text.norm;
      const maxErrors = Math.floor(m * ERROR_RATE);
      // Matches starting anywhere in the window must be seen whole, or a truncated one could pass.
      const normFrom = Math.max(0, t.rawToNorm[from] - maxErrors);
      const normTo = Math.min(t.norm.length, t.rawToNorm[to] + 2 * maxErrors);
      found = choose(fuzzyCandidates(text, p, normFrom, normTo, maxErrors), p, expected);
    }
    if (found) return found;
  }
  const from = Math.max(0, expected - EXACT_WINDOW);
  const to = Math.min(raw.length, expected + exact.length + EXACT_WINDOW);
  return choose(exactCandidates(text, p, from, to, MAX_CANDIDATES), p, expected);
}

/**
 * Tie-breakers for match edges: when two lengths fit equally well ("busses"
 * for "buses": insert an s, or stop at "buss"), prefer the one that ends (or
 * starts) at a word break, if the quote did. Null when the quote's edge was
 * inside a word, where there is nothing to prefer.
 */
function endsAtBreak(text: AnchorText, p: PreparedQuery, normStart: number): ((length: number) => boolean) | undefined {
  const { exact, suffix } = p.q;
  if (!(suffix.length === 0 || isSkipped(suffix.charCodeAt(0)) || isSkipped(exact.charCodeAt(exact.length - 1)))) return undefined;
  const t = text.norm;
  return (length) => {
    const next = t.normToRaw[normStart + length - 1] + 1;
    return next >= t.raw.length || isSkipped(t.raw.charCodeAt(next));
  };
}

function startsAtBreak(text: AnchorText, p: PreparedQuery, normEnd: number): ((length: number) => boolean) | undefined {
  const { exact, prefix } = p.q;
  if (!(prefix.length === 0 || isSkipped(prefix.charCodeAt(prefix.length - 1)) || isSkipped(exact.charCodeAt(0)))) return undefined;
  const t = text.norm;
  return (length) => {
    const first = t.normToRaw[normEnd - length];
    return first === 0 || isSkipped(t.raw.charCodeAt(first - 1));
  };
}

/**
 * The common case of an edited quote: a typo fixed or a comma changed, the
 * quote still starting (nearly) where predicted. Two anchored scans (one
 * forward from the prediction to find the end, one backward from that end
 * to find the start) instead of a window search.
 */
function editedInPlace(text: AnchorText, p: PreparedQuery, expected: number): AnchorResult | null {
  const t = text.norm;
  const m = p.quoteNorm.length;
  const maxErrors = Math.floor(m * ERROR_RATE);
  const normStart = t.rawToNorm[Math.min(expected, t.raw.length)];
  const ahead = anchoredDistance(p.forward, t.norm, normStart, 1, m + maxErrors, endsAtBreak(text, p, normStart));
  if (ahead.length === 0 || ahead.errors > maxErrors) return null;
  const end = normStart + ahead.length;
  if (ahead.errors === 0) {
    // Equal once normalized (whitespace, punctuation or case changed): the start is right too.
    return choose([normalizedCandidate(text, p, normStart, end, 1)], p, expected);
  }
  const back = anchoredDistance(p.backward, t.norm, end, -1, m + maxErrors, startsAtBreak(text, p, end));
  if (back.length === 0) return null;
  return choose([normalizedCandidate(text, p, end - back.length, end, 1 - back.errors / m)], p, expected);
}
