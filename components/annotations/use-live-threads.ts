'use client';
/**
 * Live changes to the reader's threads: the reader's own writes (echoed by
 * the stream) apply at once; everyone else's wait in a queue behind a quiet
 * "N new — show" so content never jumps under the reader's eyes. A `resync`
 * reloads the whole list.
 */
import { useCallback, useState } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { findThreadOf, upsertAnnotation } from '@/lib/annotate/thread-state';
import { loadLiveFetch, type LiveChange, useLiveEvents } from './use-live-events';

type Removals = typeof import('@/lib/annotate/remove-from-threads');
let removals: Promise<Removals> | null = null;
/** Deletion and removal, loaded with the first live change (most page views never get one). */
const loadRemovals = () => (removals ??= import('@/lib/annotate/remove-from-threads'));

function applyChange(r: Removals, threads: AnnotationThread[], c: LiveChange): AnnotationThread[] {
  if (c.kind === 'upsert') return upsertAnnotation(threads, c.view);
  if (c.kind === 'deleted') return r.markDeleted(threads, c.id);
  return r.removeAnnotation(threads, c.id);
}

export function useLiveThreads(
  articleId: string,
  meId: string | null,
  threadsRef: React.RefObject<AnnotationThread[]>,
  setThreads: React.Dispatch<React.SetStateAction<AnnotationThread[]>>,
) {
  const [pending, setPending] = useState<LiveChange[]>([]);
  const [loading, setLoading] = useState(false);

  const onLive = useCallback(
    (c: LiveChange) => {
      let own = false;
      if (c.kind === 'upsert') own = c.view.author.id === meId;
      else if (c.kind === 'deleted') {
        const t = findThreadOf(threadsRef.current, c.id);
        const item = t && (t.id === c.id ? t : t.replies.find((r) => r.id === c.id));
        own = !!item && item.author.id === meId;
      }
      if (own) void loadRemovals().then((r) => setThreads((ts) => applyChange(r, ts, c)));
      else setPending((p) => [...p, c]);
    },
    [meId, threadsRef, setThreads],
  );
  const resync = useCallback(async () => {
    setLoading(true);
    const list = await (await loadLiveFetch()).fetchThreads(articleId);
    setLoading(false);
    if (list) {
      setThreads(list);
      setPending([]);
    }
  }, [articleId, setThreads]);
  useLiveEvents(articleId, true, onLive, resync);

  const newCount = new Set(pending.map((c) => (c.kind === 'upsert' ? c.view.id : c.id))).size;
  const showPending = () => {
    const batch = pending;
    void loadRemovals().then((r) => {
      setThreads((ts) => batch.reduce((acc, c) => applyChange(r, acc, c), ts));
      // Changes that arrived meanwhile stay queued.
      setPending((p) => p.filter((c) => !batch.includes(c)));
    });
  };
  return { newCount, showPending, loading };
}
