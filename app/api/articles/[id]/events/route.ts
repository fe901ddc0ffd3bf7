import { getCurrentUser } from '@/lib/auth/current-user';
import { publicOrigin } from '@/lib/annotations/api-helpers';
import { createArticleEventStream } from '@/lib/live/article-event-stream';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/articles/:id/events: server-sent events of the annotations on the
 * article that this viewer may read (see lib/live/article-event-stream.ts).
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const user = await getCurrentUser(request);
    const stream = await createArticleEventStream(user, id, { signal: request.signal, origin: publicOrigin(request) });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
      },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
