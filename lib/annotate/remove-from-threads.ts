/**
 * Takes annotations out of the reader's list of threads when they are
 * deleted (kept as the head of a conversation that goes on) or hidden from
 * the viewer. Apart from thread-state.ts so the reader loads it only once
 * something is deleted or hidden. Pure.
 */
import type { AnnotationThread, AnnotationView } from '../annotations/annotation-view';
import { withTally } from './thread-state';

/**
 * Marks an annotation or reply deleted (its place kept, words gone). A root
 * with no remaining replies disappears, as it does on the server.
 */
export function markDeleted(threads: readonly AnnotationThread[], id: string): AnnotationThread[] {
  const blank = <T extends AnnotationView>(a: T): T => ({ ...a, deleted: true, body: null, bodyHtml: '', tags: [], claimStatement: null, canEdit: false, canReply: false, canDelete: false, canHide: false, canFlag: false });
  const out: AnnotationThread[] = [];
  for (const t of threads) {
    if (t.id === id) {
      if (t.replies.some((r) => !r.deleted)) out.push(withTally(blank(t)));
      continue;
    }
    if (t.replies.some((r) => r.id === id)) {
      const next = withTally({ ...t, replies: t.replies.map((r) => (r.id === id ? blank(r) : r)) });
      if (next.deleted && !next.replies.some((r) => !r.deleted)) continue;
      out.push(next);
    } else out.push(t);
  }
  return out;
}

/** Removes an annotation (e.g. hidden from this viewer) and, for a root, its thread. */
export function removeAnnotation(threads: readonly AnnotationThread[], id: string): AnnotationThread[] {
  return threads
    .filter((t) => t.id !== id)
    .map((t) => (t.replies.some((r) => r.id === id) ? withTally({ ...t, replies: t.replies.filter((r) => r.id !== id) }) : t));
}
