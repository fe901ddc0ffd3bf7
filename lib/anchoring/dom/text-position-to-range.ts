/**
 * Canonical-text offsets to a DOM Range over the rendered article, for
 * painting highlights and scrolling to an annotation. A range that starts at
 * a node boundary begins in the later text node and one that ends there ends
 * in the earlier node, so ranges never include an empty sliver of a
 * neighbouring paragraph.
 */
import { buildTextIndex, locate, type TextIndex } from './text-index';

/** A Range over root's text from offset `start` to `end`. Throws RangeError for offsets outside the text. */
export function textPositionToRange(root: Node, start: number, end: number, index?: TextIndex): Range {
  const idx = index ?? buildTextIndex(root);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > idx.length) {
    throw new RangeError(`Text range ${start}-${end} does not fit the article's ${idx.length} characters.`);
  }
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  const from = locate(idx, start, true);
  if (!from) {
    range.setStart(root, 0);
    range.collapse(true);
    return range;
  }
  range.setStart(from.node, from.offset);
  if (end === start) {
    range.collapse(true);
    return range;
  }
  const to = locate(idx, end, false)!;
  range.setEnd(to.node, to.offset);
  return range;
}
