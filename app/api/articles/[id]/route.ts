/**
 * GET /api/articles/:id — an article's metadata, its current revision's
 * canonical text and passages (id, ordinal, start, end: offsets into `text`).
 * 404 when there is no such article.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import { getArticleById } from '@/lib/articles/get-article';
import { AppError, toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const article = await getArticleById(await getCurrentUser(request), id);
    if (!article) throw new AppError('NOT_FOUND', 'There is no article with that id.');
    const { revision, ...meta } = article;
    return Response.json(
      {
        ...meta,
        revision: { id: revision.id, number: revision.number, text: revision.text, html: revision.html, passages: revision.passages },
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}
