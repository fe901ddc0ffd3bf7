/**
 * Paints highlights over the rendered article by wrapping text in <mark>
 * elements, and takes them off again. One pass splits text nodes at every
 * highlight boundary, then each highlight wraps the pieces it covers (a run
 * of adjacent pieces in one mark), so a highlight crossing paragraphs, inline
 * elements or other highlights' edges becomes several marks and overlapping
 * highlights nest. Marks add no text, so the container's
 * textContent (the canonical text) is unchanged and offsets stay valid.
 * Whitespace-only pieces (the "\n\n" between blocks) are left unwrapped so
 * block layout never changes.
 *
 * `highlightRanges` is self-contained (no imports, no module constants) on
 * purpose: the article page serializes it with Function.prototype.toString
 * into an inline script that paints before React loads
 * (components/annotations/early-paint-script.ts), so the early paint and the
 * client's later repaints are one and the same code.
 */

/** The attribute that marks Gloss's highlight elements and carries the highlight's id. */
export const HIGHLIGHT_ATTRIBUTE = 'data-highlight-id';

/** One highlight to paint. */
export interface HighlightSpec {
  id: string;
  start: number;
  end: number;
  /** Extra class names, e.g. the highlight's colour meaning ("agree", "dispute"). */
  className?: string;
}

/**
 * Wraps each spec's text in <mark data-highlight-id=id> elements and returns
 * them per id. Specs outside the text are clipped; empty ones get no marks.
 */
export function highlightRanges(root: Element, specs: readonly HighlightSpec[]): Map<string, HTMLElement[]> {
  const doc = root.ownerDocument;
  // The text index (see text-index.ts), inlined to keep this function self-contained.
  // 4 is NodeFilter.SHOW_TEXT, spelled as a number so this also runs where NodeFilter is not a global.
  const walker = doc.createTreeWalker(root, 4);
  const index = { nodes: [] as Text[], starts: [] as number[], length: 0 };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    index.nodes.push(n as Text);
    index.starts.push(index.length);
    index.length += (n as Text).data.length;
  }
  const clip = (n: number) => Math.max(0, Math.min(index.length, n));
  const boundaries = new Set<number>();
  for (const s of specs) {
    boundaries.add(clip(s.start));
    boundaries.add(clip(s.end));
  }
  const cuts = [...boundaries].sort((a, b) => a - b);

  // Split every text node at the boundaries inside it; pieces keep document order.
  const pieces: Text[] = [];
  const pieceStarts: number[] = [];
  let c = 0;
  index.nodes.forEach((node, i) => {
    const nodeStart = index.starts[i];
    const nodeEnd = nodeStart + node.data.length;
    while (c < cuts.length && cuts[c] <= nodeStart) c++;
    let current = node;
    let currentStart = nodeStart;
    for (let k = c; k < cuts.length && cuts[k] < nodeEnd; k++) {
      const rest = current.splitText(cuts[k] - currentStart);
      pieces.push(current);
      pieceStarts.push(currentStart);
      current = rest;
      currentStart = cuts[k];
    }
    pieces.push(current);
    pieceStarts.push(currentStart);
  });

  const marks = new Map<string, HTMLElement[]>();
  for (const spec of specs) {
    const start = clip(spec.start);
    const end = clip(spec.end);
    const list: HTMLElement[] = [];
    marks.set(spec.id, list);
    if (end <= start) continue;
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieceStarts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    // A piece right after this highlight's previous mark (same parent, nothing in between) joins
    // that mark instead of getting its own: each piece ends up with the same chain of
    // highlights around it as with one mark per piece, in far fewer elements. Whitespace-only
    // pieces join only between two pieces of the mark, so a mark never starts or ends on one.
    let mark: HTMLElement | null = null;
    let gap: Text[] = [];
    for (let i = lo; i < pieces.length && pieceStarts[i] < end; i++) {
      const piece = pieces[i];
      if (piece.data.length === 0) continue;
      const follows = !!mark && piece.previousSibling === (gap.length ? gap[gap.length - 1] : mark);
      if (piece.data.trim() === '') {
        if (follows) gap.push(piece);
        else gap = [];
        if (!follows) mark = null;
        continue;
      }
      if (follows) {
        for (const g of gap) mark!.appendChild(g);
      } else {
        mark = doc.createElement('mark');
        mark.setAttribute('data-highlight-id', spec.id); // HIGHLIGHT_ATTRIBUTE, inlined (see the top)
        if (spec.className) mark.className = spec.className;
        piece.parentNode!.insertBefore(mark, piece);
        list.push(mark);
      }
      gap = [];
      mark!.appendChild(piece);
    }
  }
  return marks;
}

/** Highlights one span; returns its marks. */
export function highlightRange(root: Element, spec: HighlightSpec): HTMLElement[] {
  return highlightRanges(root, [spec]).get(spec.id) ?? [];
}

/**
 * Removes the marks of highlight `id` (or all highlights) and merges the text
 * nodes that were split, restoring the original text nodes.
 */
export function removeHighlights(root: Element, id?: string): void {
  const selector = id === undefined ? `mark[${HIGHLIGHT_ATTRIBUTE}]` : `mark[${HIGHLIGHT_ATTRIBUTE}="${cssEscape(id)}"]`;
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(selector))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const p of parents) if (p.isConnected || root.contains(p)) p.normalize();
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
