/**
 * Keeps the <mark>s in the article in step with the threads shown, touching
 * only what changed: new highlights are painted in one highlightRanges pass
 * (one text index, one sweep of DOM writes), removed ones are unwrapped, and
 * colour changes only swap a class. A large change repaints everything in
 * one pass, which for 2,000 highlights is still a single sweep.
 */
import { HIGHLIGHT_ATTRIBUTE, highlightRanges, removeHighlights, type HighlightSpec } from '@/lib/anchoring/dom/highlight-ranges';

export type Painted = Map<string, string>;

const keyOf = (s: HighlightSpec) => `${s.start}:${s.end}`;

/** Brings `root`'s marks to `specs`; returns ms spent. `painted` (id -> key) is updated in place. */
export function paintHighlights(root: Element, specs: readonly HighlightSpec[], painted: Painted): number {
  const t0 = performance.now();
  const wanted = new Map(specs.map((s) => [s.id, s]));
  const stale: string[] = [];
  for (const [id, key] of painted) {
    const s = wanted.get(id);
    if (!s || keyOf(s) !== key) stale.push(id);
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
  const add = specs.filter((s) => !painted.has(s.id));
  if (add.length) {
    highlightRanges(root, add);
    for (const s of add) painted.set(s.id, keyOf(s));
  }
  // Class changes (meaning edited) without re-wrapping.
  const byId = new Map<string, string>();
  for (const s of specs) byId.set(s.id, s.className ?? '');
  for (const m of root.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}]`)) {
    const cls = byId.get(m.getAttribute(HIGHLIGHT_ATTRIBUTE)!);
    if (cls !== undefined && !m.classList.contains(cls.split(' ').pop()!)) {
      const keep = [...m.classList].filter((c) => c === 'is-active' || c === 'is-hover' || c === 'is-flash');
      m.className = [cls, ...keep].join(' ');
    }
  }
  return performance.now() - t0;
}

/** The record of highlights already painted as `specs` (e.g. by the early paint script), to adopt them. */
export function paintedFrom(specs: readonly HighlightSpec[]): Painted {
  return new Map(specs.map((s) => [s.id, keyOf(s)]));
}

/** The marks of one highlight. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}="${id.replace(/["\\]/g, '\\$&')}"]`));
}
