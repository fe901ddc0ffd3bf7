/**
 * Keeps the reader's list of threads up to date as annotations are created,
 * edited, deleted or hidden (by the reader or, live, by others), without a
 * reload: pure functions from (threads, change) to new threads, recomputing a
 * claim's stance tally the way the data layer does. Deletions and removals
 * are in remove-from-threads.ts (only needed once something is deleted).
 */
import type { AnnotationThread, AnnotationView } from '../annotations/annotation-view';
import { contestednessOf, tallyStances } from '../annotations/stance-tally';

const ZERO = { supports: 0, disputes: 0, needsContext: 0, question: 0 };

/** A thread with its tally and contestedness recomputed. */
export function withTally(t: AnnotationThread): AnnotationThread {
  const stanceTally = t.isClaim ? tallyStances(t.replies) : ZERO;
  return { ...t, stanceTally, contestedness: contestednessOf(stanceTally) };
}

/** Orders roots like the server does: by position, then age; orphans (no selectors) last. */
function byPosition(a: AnnotationThread, b: AnnotationThread): number {
  const pa = a.selectors?.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.selectors?.start ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime();
}

/**
 * Adds or replaces one annotation or reply. A stale copy (lower version than
 * the one held) is ignored, so an echo of the reader's own write never rolls
 * it back. A reply whose thread is not loaded is dropped (the caller resyncs).
 */
export function upsertAnnotation(threads: readonly AnnotationThread[], a: AnnotationView): AnnotationThread[] {
  if (a.parentId === null) {
    const i = threads.findIndex((t) => t.id === a.id);
    if (i === -1) return [...threads, withTally({ ...a, replies: [], stanceTally: ZERO, contestedness: { label: 'none', score: 0 } })].sort(byPosition);
    if (threads[i].version > a.version) return threads as AnnotationThread[];
    const next = threads.slice();
    next[i] = withTally({ ...threads[i], ...a, replies: threads[i].replies });
    return next;
  }
  const i = threads.findIndex((t) => t.id === a.rootId);
  if (i === -1) return threads as AnnotationThread[];
  const t = threads[i];
  const j = t.replies.findIndex((r) => r.id === a.id);
  if (j !== -1 && t.replies[j].version > a.version) return threads as AnnotationThread[];
  const replies = j === -1 ? [...t.replies, a] : t.replies.map((r, k) => (k === j ? a : r));
  const next = threads.slice();
  next[i] = withTally({ ...t, replies });
  return next;
}

/** The thread containing annotation or reply `id`. */
export function findThreadOf(threads: readonly AnnotationThread[], id: string): AnnotationThread | undefined {
  return threads.find((t) => t.id === id || t.replies.some((r) => r.id === id));
}
