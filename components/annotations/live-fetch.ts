/**
 * What a live event makes the reader fetch: the changed annotation's full
 * view, or (on a resync) the whole list. Loaded with the first event
 * (use-live-events.ts), so it stays out of the page's first-load JavaScript.
 */
import type { AnnotationThread, AnnotationView } from '@/lib/annotations/annotation-view';
import { reviveView } from './reader-context';

/** One annotation or reply as the viewer may see it now (null: gone or hidden from them). */
export async function fetchView(id: string): Promise<AnnotationView | null> {
  const r = await fetch(`/api/annotations/${encodeURIComponent(id)}?format=gloss`, { cache: 'no-store' });
  return r.ok ? reviveView(await r.json()) : null;
}

/** The list of threads, for a resync. */
export async function fetchThreads(articleId: string): Promise<AnnotationThread[] | null> {
  const r = await fetch(`/api/annotations?articleId=${encodeURIComponent(articleId)}&format=gloss`, { cache: 'no-store' });
  if (!r.ok) return null;
  const j = (await r.json()) as { threads: AnnotationThread[] };
  return j.threads.map((t) => ({ ...t, ...reviveView(t), replies: t.replies.map(reviveView) }) as AnnotationThread);
}
