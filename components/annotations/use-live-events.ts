'use client';
/**
 * Subscribes to the article's live stream (SSE). Each event is turned into a
 * change with the full rendered view fetched from the API (the stream
 * carries W3C JSON without the server-rendered HTML). EventSource reconnects
 * by itself; a `resync` (events may have been missed) reloads the list.
 */
import { useEffect, useRef } from 'react';
import type { AnnotationView } from '@/lib/annotations/annotation-view';

export type LiveChange =
  | { kind: 'upsert'; view: AnnotationView }
  | { kind: 'deleted'; id: string }
  | { kind: 'removed'; id: string };

/** The fetchers, loaded with the first event (most page views never get one). */
export const loadLiveFetch = () => import('./live-fetch');

export function useLiveEvents(articleId: string, enabled: boolean, onChange: (c: LiveChange) => void, onResync: () => void) {
  const handlers = useRef({ onChange, onResync });
  handlers.current = { onChange, onResync };
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const es = new EventSource(`/api/articles/${encodeURIComponent(articleId)}/events`);
    const idOf = (url: string) => decodeURIComponent(url.split('/').pop() ?? '');
    es.addEventListener('annotation', (e) => {
      const { annotation } = JSON.parse((e as MessageEvent).data) as { annotation: { id: string } };
      const id = idOf(annotation.id);
      void loadLiveFetch()
        .then(({ fetchView }) => fetchView(id))
        .then((view) => handlers.current.onChange(view ? { kind: 'upsert', view } : { kind: 'removed', id }));
    });
    es.addEventListener('deleted', (e) => {
      const { id } = JSON.parse((e as MessageEvent).data) as { id: string };
      handlers.current.onChange({ kind: 'deleted', id });
    });
    es.addEventListener('hidden', (e) => {
      const { id } = JSON.parse((e as MessageEvent).data) as { id: string };
      void loadLiveFetch()
        .then(({ fetchView }) => fetchView(id))
        .then((view) => handlers.current.onChange(view ? { kind: 'upsert', view } : { kind: 'removed', id }));
    });
    es.addEventListener('resync', () => handlers.current.onResync());
    return () => es.close();
  }, [articleId, enabled]);
}
