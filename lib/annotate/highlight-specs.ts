/**
 * Which threads are painted as highlights in the article, and how: the
 * anchored ones (they have selectors and were not orphaned by a new
 * revision), each as a span of canonical-text offsets with its meaning's
 * class. The article page computes this on the server for the early paint
 * and the reader's hook computes it again on the client, so the two must be
 * this one function.
 */
import type { AnnotationThread } from '../annotations/annotation-view';
import { meaningOf } from './stance-display';

/** What painting needs of a thread. */
export type PaintableThread = Pick<AnnotationThread, 'id' | 'selectors' | 'anchorStatus' | 'color'>;

/** One highlight to paint (the shape of lib/anchoring/dom's HighlightSpec). */
export interface ThreadHighlight {
  id: string;
  start: number;
  end: number;
  className: string;
}

/** Whether a thread is shown as a highlight (otherwise it is listed with the orphans). */
export function isAnchored(t: Pick<AnnotationThread, 'selectors' | 'anchorStatus'>): boolean {
  return !!t.selectors && t.anchorStatus !== 'ORPHANED';
}

/** The highlights of the anchored threads, in the threads' order. */
export function highlightSpecs(threads: readonly PaintableThread[]): ThreadHighlight[] {
  return threads.filter(isAnchored).map((t) => ({ id: t.id, start: t.selectors!.start, end: t.selectors!.end, className: `hl hl-${meaningOf(t.color).value}` }));
}
