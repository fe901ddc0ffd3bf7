import { getCurrentUser } from '@/lib/auth/current-user';
import { publicOrigin } from '@/lib/annotations/api-helpers';
import { exportArticleAnnotations } from '@/lib/annotations/export-article-annotations';
import { toErrorResponse } from '@/lib/errors';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const query = z.object({
  scope: z.enum(['all', 'mine'], { error: 'scope must be "all" or "mine".' }).default('all'),
});

/**
 * GET /api/articles/:id/export?scope=all|mine: the annotation threads the
 * viewer may read on the article, as a Markdown file download.
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const { scope } = query.parse({ scope: new URL(request.url).searchParams.get('scope') ?? undefined });
    const user = await getCurrentUser(request);
    const { filename, markdown } = await exportArticleAnnotations(user, id, { scope, origin: publicOrigin(request) });
    return new Response(markdown, {
      headers: {
        'Content-Type': 'text/markdown; charset=utf-8',
        // The slug is [a-z0-9-] only, so it needs no quoting beyond the quotes.
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
