/**
 * The bridge between canonical-text offsets and the DOM: the article
 * container's text nodes in document order with the offset each one starts
 * at. The import pipeline guarantees that the container's textContent equals
 * the canonical text, so these offsets are exactly the selector offsets.
 */

/** A container's text nodes and where each starts in its textContent. */
export interface TextIndex {
  nodes: Text[];
  starts: number[];
  length: number;
}

/** Indexes the text nodes under `root`. Rebuild it after the DOM under root changes. */
export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // NodeFilter.SHOW_TEXT, spelled as a number so this also runs where NodeFilter is not a global.
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(length);
    length += t.data.length;
  }
  return { nodes, starts, length };
}

/**
 * The text node and offset inside it for text offset `offset`. At a boundary
 * between two nodes, `preferNext` picks the start of the later node (right for
 * range starts) rather than the end of the earlier one (right for range ends).
 * Null when the root has no text.
 */
export function locate(index: TextIndex, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  const { nodes, starts } = index;
  if (nodes.length === 0) return null;
  // Last node starting at or before offset (binary search).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  let i = lo;
  if (preferNext) {
    // Skip empty nodes and land at the start of the next node when offset is this node's end.
    while (i < nodes.length - 1 && offset >= starts[i] + nodes[i].data.length) i++;
  } else {
    while (i > 0 && offset <= starts[i] && starts[i - 1] + nodes[i - 1].data.length >= offset) i--;
  }
  return { node: nodes[i], offset: Math.min(Math.max(0, offset - starts[i]), nodes[i].data.length) };
}
