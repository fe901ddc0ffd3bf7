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
import type { AnchorResult } from './types';

/** Agreement that settles the answer for a verbatim quote at its old (not the predicted) offset. */
const SURE_AGREEMENT = 0.85;
/** How far off the prediction a verbatim quote is first looked for. */
const NUDGE = 320;
/** Raw characters searched on each side of the prediction (editedInPlace covers the quote right at it). */
const WINDOWS = [320];
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
    const { errors, length } = anchoredDistance(backward, t.norm, hit.end, -1, m + maxErrors);
    if (length === 0) continue;
    out.push(normalizedCandidate(text, p, hit.end - length, hit.end, 1 - errors / m));
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * Finds the quote near `expected` (a raw offset), or null if the neighbourhood
 * holds no acceptable match. `alternatives` are other plausible starts, only
 * checked for a verbatim quote with intact context.
 */
export function findNear(
  text: AnchorText,
  p: PreparedQuery,
  expected: number | undefined,
  alternatives: readonly number[] = [],
): AnchorResult | null {
  const raw = text.raw;
  const { exact, position } = p.q;
  const tried = new Set<number>();
  for (const start of [position?.start, expected, ...alternatives]) {
    if (start === undefined || tried.has(start) || start < 0) continue;
    tried.add(start);
    if (raw.startsWith(exact, start)) {
      const agreement = agreementAtRaw(text, p, start, start + exact.length);
      // Verbatim at the predicted offset: position is evidence too, so the usual bar suffices.
      const bar = start === expected ? requiredAgreement(distinctiveLength(p), 1) : SURE_AGREEMENT;
      if (agreement === null || agreement >= bar) {
        const unmoved = start === position?.start && position.end === start + exact.length;
        return { start, end: start + exact.length, confidence: unmoved ? 1 : confidenceOf(1, agreement) };
      }
    }
  }
  if (expected === undefined) return null;

  // Verbatim near the prediction (an edit between this quote and the last one shifted it). Checked
  // before approximate matches: in repetitive text ("Q1 revenue rose", "Q2 revenue rose") a one-letter
  // neighbour with agreeable context must not win over the quote itself.
  const verbatim = choose(
    exactCandidates(text, p, Math.max(0, expected - NUDGE), Math.min(raw.length, expected + exact.length + NUDGE), MAX_CANDIDATES),
    p,
    expected,
  );
  if (verbatim) return verbatim;
  const m = p.quoteNorm.length;
  if (m >= MIN_FUZZY_LENGTH) {
    const here = editedInPlace(text, p, expected);
    if (here) return here;
  }
  for (const window of WINDOWS) {
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
  const ahead = anchoredDistance(p.forward, t.norm, normStart, 1, m + maxErrors);
  if (ahead.length === 0 || ahead.errors > maxErrors) return null;
  const end = normStart + ahead.length;
  const back = anchoredDistance(p.backward, t.norm, end, -1, m + maxErrors);
  if (back.length === 0) return null;
  return choose([normalizedCandidate(text, p, end - back.length, end, 1 - back.errors / m)], p, expected);
}

/** The widest window findNear searches, so callers can skip hints it already covered. */
export const NEAR_RADIUS = WINDOWS[WINDOWS.length - 1];

