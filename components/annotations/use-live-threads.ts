'use client';
/**
 * Live changes to the reader's threads: the reader's own writes (echoed by
 * the stream) apply at once; everyone else's wait in a queue behind a quiet
 * "N new — show" so content never jumps under the reader's eyes. A `resync`
 * reloads the whole list.
 */
import { useCallback, useState } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { findThreadOf, markDeleted, removeAnnotation, upsertAnnotation } from '@/lib/annotate/thread-state';
import { loadLiveFetch, type LiveChange, useLiveEvents } from './use-live-events';

function applyChange(threads: AnnotationThread[], c: LiveChange): AnnotationThread[] {
  if (c.kind === 'upsert') return upsertAnnotation(threads, c.view);
  if (c.kind === 'deleted') return markDeleted(threads, c.id);
  return removeAnnotation(threads, c.id);
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
      if (own) setThreads((ts) => applyChange(ts, c));
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
    setThreads((ts) => pending.reduce(applyChange, ts));
    setPending([]);
  };
  return { newCount, showPending, loading };
}
