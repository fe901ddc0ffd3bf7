/**
 * Re-anchors every annotation of an article on a new revision in one pass.
 * The text is normalized once, and annotations are visited in their old
 * order so each one's expected position is its old offset shifted by how far
 * its nearest already-anchored predecessor moved. Most quotes are then
 * confirmed with one string comparison; only edited or moved ones pay for a
 * search, and that search starts in a small window around the prediction.
 */
import { toQuoteQuery } from './anchor';
import { classifyAnchor } from './classify-anchor';
import { AnchorText, findQuote } from './find-quote';
import { prepareText } from './normalize';
import type { AnchorResult, AnchorStatus, Selector } from './types';

/** One annotation to re-anchor. */
export interface AnchorItem {
  selectors: readonly Selector[];
}

/** The outcome for one item, in input order. */
export interface AnchorOutcome {
  anchor: AnchorResult | null;
  status: AnchorStatus;
}

/** Anchors all `items` on `text`; results are in the same order as `items`. */
export function anchorAll(text: string, items: readonly AnchorItem[]): AnchorOutcome[] {
  const target = new AnchorText(text, prepareText);
  const queries = items.map((item) => toQuoteQuery(item.selectors));
  const order = queries
    .map((q, i) => i)
    .sort((a, b) => (queries[a]?.position?.start ?? Infinity) - (queries[b]?.position?.start ?? Infinity));
  const outcomes: AnchorOutcome[] = new Array(items.length);
  let shift = 0;
  for (const i of order) {
    const q = queries[i];
    if (!q) {
      outcomes[i] = { anchor: null, status: 'orphaned' };
      continue;
    }
    const hint = q.position ? Math.max(0, Math.min(text.length, q.position.start + shift)) : undefined;
    const result = findQuote(target, q, hint);
    if (result && q.position) shift = result.start - q.position.start;
    outcomes[i] = { anchor: result, status: classifyAnchor(q.position, result) };
  }
  return outcomes;
}
