/**
 * What the reader needs about painted highlights without the painter itself
 * (paint-highlights.ts, loaded only when marks must change: on a full page
 * load the early paint script has painted them all): the record of what is
 * painted, whether it matches what should be, and a highlight's marks. Kept
 * apart so the article page's first-load JavaScript stays small.
 */

/** lib/anchoring/dom's HIGHLIGHT_ATTRIBUTE, spelled out so this module does not pull in the painter (a test checks they agree). */
export const MARK_ID_ATTRIBUTE = 'data-highlight-id';

/** The attribute the early paint script (early-paint-script.ts) leaves on the body: how many highlights it painted. */
export const PREPAINTED_ATTRIBUTE = 'data-prepainted';

/** One highlight as painted (lib/anchoring/dom's HighlightSpec). */
export interface PaintSpec {
  id: string;
  start: number;
  end: number;
  className?: string;
}

/** What is painted: highlight id -> its span ("start:end") and class names. */
export type Painted = Map<string, { span: string; className: string }>;

/** The span key of a highlight. */
export const spanOf = (s: PaintSpec) => `${s.start}:${s.end}`;

/** The record of highlights already painted as `specs` (e.g. by the early paint script), to adopt them. */
export function paintedFrom(specs: readonly PaintSpec[]): Painted {
  return new Map(specs.map((s) => [s.id, { span: spanOf(s), className: s.className ?? '' }]));
}

/** Whether `painted` is exactly `specs` (same ids, spans and classes): nothing to repaint. */
export function isPainted(specs: readonly PaintSpec[], painted: Painted): boolean {
  if (specs.length !== painted.size) return false;
  return specs.every((s) => {
    const p = painted.get(s.id);
    return !!p && p.span === spanOf(s) && p.className === (s.className ?? '');
  });
}

/** The marks of one highlight. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${MARK_ID_ATTRIBUTE}="${id.replace(/["\\]/g, '\\$&')}"]`));
}
