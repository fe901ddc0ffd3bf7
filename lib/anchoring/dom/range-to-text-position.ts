/**
 * A user's DOM selection to canonical-text offsets, the first step of making
 * an annotation. Works for boundaries on text or element nodes (triple-click
 * selections end on the next paragraph's element), clips ranges that reach
 * outside the article, and returns null when nothing of the article is selected.
 */

/** Offsets of `range` within root's text, clipped to root; null when the range misses root entirely. */
export function rangeToTextPosition(root: Node, range: Range): { start: number; end: number } | null {
  const doc = root.ownerDocument ?? (root as Document);
  const whole = doc.createRange();
  whole.selectNodeContents(root);
  // compareBoundaryPoints(how): 0 start vs start, 1 our end vs root's start, 2 end vs end, 3 our start vs root's end.
  try {
    const misses = range.compareBoundaryPoints(3, whole) >= 0 || range.compareBoundaryPoints(1, whole) <= 0;
    // Touching the edge counts as missing, except for a caret (collapsed range) at the edge itself.
    if (misses && !(range.collapsed && whole.comparePoint(range.startContainer, range.startOffset) === 0)) return null;
  } catch {
    return null; // a range in another document or a detached tree
  }
  const clipped = whole.cloneRange();
  if (range.compareBoundaryPoints(0, whole) > 0) clipped.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(2, whole) < 0) clipped.setEnd(range.endContainer, range.endOffset);
  // The text before a boundary point is exactly its offset: Range.toString concatenates text nodes,
  // as textContent does, and the canonical text is the container's textContent.
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(clipped.startContainer, clipped.startOffset);
  const start = before.toString().length;
  return { start, end: start + clipped.toString().length };
}
