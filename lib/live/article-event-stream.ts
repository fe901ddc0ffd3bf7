/**
 * The server-sent-events stream behind GET /api/articles/:id/events: the
 * viewer's live events on an article as `event: annotation` (W3C JSON),
 * `event: deleted` / `event: hidden` ({id, rootId}) and `event: resync`
 * (reload: events may have been missed). A comment line every 15 s keeps
 * proxies from closing an idle stream; `retry:` tells browsers to reconnect
 * after 3 s. The subscription ends when the client disconnects.
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { toW3C } from '../annotations/w3c';
import { type ArticleEvent, subscribeArticleEvents } from './subscribe-article-events';

const HEARTBEAT_MS = 15_000;

/** Formats one SSE message. */
export function sseMessage(event: string, data: unknown, id?: string): string {
  const lines = JSON.stringify(data).split('\n').map((l) => `data: ${l}`);
  return `${id ? `id: ${id}\n` : ''}event: ${event}\n${lines.join('\n')}\n\n`;
}

export async function createArticleEventStream(
  user: SessionUser | null,
  articleId: string,
  opts: { signal: AbortSignal; origin: string },
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const toMessage = (e: ArticleEvent): string => {
    switch (e.type) {
      case 'annotation':
        return sseMessage('annotation', { action: e.action, annotation: toW3C(e.annotation, { origin: opts.origin }) });
      case 'resync':
        return sseMessage('resync', {});
      default:
        return sseMessage(e.type, { id: e.id, rootId: e.rootId });
    }
  };

  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  const send = (text: string) => {
    try {
      controllerRef?.enqueue(encoder.encode(text));
    } catch {
      cleanup(); // the stream is already closed
    }
  };
  // Subscribe before returning, so errors (not found, sign-in) become an HTTP error, not a broken stream.
  const unsubscribe = await subscribeArticleEvents(user, articleId, (e) => send(toMessage(e)));

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      cleanup = () => {
        cleanup = () => {};
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (opts.signal.aborted) return cleanup();
      opts.signal.addEventListener('abort', () => cleanup(), { once: true });
      send('retry: 3000\n: connected\n\n');
    },
    cancel() {
      cleanup();
    },
  });
}
