/**
 * Anchors one annotation's stored selectors on a (possibly edited) text:
 * the old position first, then exact and approximate matches near it, then
 * anywhere in the text, each checked against the stored context. Returns null
 * rather than a doubtful place. For many annotations on one text use
 * `anchorAll`, which normalizes the text once, predicts each quote's new
 * position from its neighbours and searches the whole text for all
 * stragglers in one pass.
 */
import { AnchorText, prepareQuery, type QuoteQuery } from './candidates';
import { findAnywhere } from './find-anywhere';
import { findNear } from './find-near';
import type { AnchorResult, Selector } from './types';

/** Reads the quote and position selectors out of a W3C selector list; null without a usable quote. */
export function toQuoteQuery(selectors: readonly Selector[]): QuoteQuery | null {
  let query: QuoteQuery | null = null;
  let position: { start: number; end: number } | undefined;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0) {
      query = { exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' };
    } else if (
      s.type === 'TextPositionSelector' &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end > s.start
    ) {
      position = { start: s.start, end: s.end };
    }
  }
  if (query && position) query.position = position;
  return query;
}

/**
 * Finds where the passage described by `selectors` is in `text`.
 * Confidence is 1 only when the quote is found unchanged at its old offsets
 * with its context intact; null means "orphan": the passage is gone or could
 * not be told apart from look-alikes.
 */
export function anchor(text: string, selectors: readonly Selector[]): AnchorResult | null {
  const query = toQuoteQuery(selectors);
  if (!query) return null;
  const target = new AnchorText(text);
  const p = prepareQuery(query);
  const expected = query.position ? Math.min(query.position.start, text.length) : undefined;
  return findNear(target, p, expected) ?? findAnywhere(target, [{ p, expected }])[0];
}
