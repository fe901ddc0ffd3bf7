import { getCurrentUser } from '@/lib/auth/current-user';
import { publicOrigin } from '@/lib/annotations/api-helpers';
import { glossContext, toW3C } from '@/lib/annotations/w3c';
import { listAnnotationsByTag } from '@/lib/tags/list-annotations-by-tag';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** GET /api/tags/:slug/annotations[?groupId=]: the visible annotations with that tag, as a W3C collection. */
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await ctx.params;
    const groupId = new URL(request.url).searchParams.get('groupId') ?? undefined;
    const list = await listAnnotationsByTag(await getCurrentUser(request), slug, { scope: groupId });
    const origin = publicOrigin(request);
    const items = list.map((a) => toW3C(a, { origin }));
    return Response.json(
      { '@context': glossContext(origin), id: request.url, type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } },
      { headers: { 'Cache-Control': 'private, no-store' } },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}
