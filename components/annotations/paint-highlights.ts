/**
 * Keeps the <mark>s in the article in step with the threads shown, touching
 * only what changed: new highlights are painted in one highlightRanges pass
 * (one text index, one sweep of DOM writes), removed ones are unwrapped, and
 * colour changes only swap the class of that highlight's marks. A large
 * change repaints everything in one pass, which for 2,000 highlights is
 * still a single sweep. Loaded on demand by use-highlights.ts (see
 * painted-marks.ts).
 */
import { highlightRanges, removeHighlights, type HighlightSpec } from '@/lib/anchoring/dom/highlight-ranges';
import { marksOf, type Painted, spanOf } from './painted-marks';

export { marksOf, paintedFrom, type Painted } from './painted-marks';

/** Classes the reader adds to marks on top of the highlight's own (kept across a recolour). */
const TRANSIENT = ['is-active', 'is-hover', 'is-flash'];

/** Brings `root`'s marks to `specs`; returns ms spent. `painted` is updated in place. */
export function paintHighlights(root: Element, specs: readonly HighlightSpec[], painted: Painted): number {
  const t0 = performance.now();
  const wanted = new Map(specs.map((s) => [s.id, s]));
  const stale: string[] = [];
  for (const [id, p] of painted) {
    const s = wanted.get(id);
    if (!s || spanOf(s) !== p.span) stale.push(id);
  }
  if (stale.length > 100) {
    removeHighlights(root);
    painted.clear();
  } else {
    for (const id of stale) {
      removeHighlights(root, id);
      painted.delete(id);
    }
  }
  // Class changes (meaning edited) without re-wrapping, touching only that highlight's marks.
  for (const s of specs) {
    const p = painted.get(s.id);
    if (!p || p.className === (s.className ?? '')) continue;
    for (const m of marksOf(root, s.id)) m.className = [s.className ?? '', ...[...m.classList].filter((c) => TRANSIENT.includes(c))].join(' ').trim();
    p.className = s.className ?? '';
  }
  const add = specs.filter((s) => !painted.has(s.id));
  if (add.length) {
    highlightRanges(root, add);
    for (const s of add) painted.set(s.id, { span: spanOf(s), className: s.className ?? '' });
  }
  return performance.now() - t0;
}
