/**
 * POST /api/articles — import an article for the signed-in caller (session
 * cookie or API token). Body: `{ "url": "https://…" }` or
 * `{ "title"?, "format": "html"|"markdown"|"text", "content", "fileName"? }`.
 * 201 `{ id, slug, revisionId, status }` for a new article or revision, 200
 * when the text was unchanged. Errors: `{ error: { code, message } }`.
 */
import { requireUser } from '@/lib/auth/current-user';
import { AppError, describeZodError, toErrorResponse } from '@/lib/errors';
import { importArticle, MAX_CONTENT_BYTES, type ImportInput } from '@/lib/articles/import-article';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const bodySchema = z.union([
  z.strictObject({ url: z.string() }),
  z.strictObject({
    title: z.string().optional(),
    format: z.enum(['html', 'markdown', 'text']),
    content: z.string(),
    fileName: z.string().optional(),
  }),
]);

export async function POST(request: Request) {
  try {
    const user = await requireUser(request);
    if (Number(request.headers.get('content-length') ?? 0) > MAX_CONTENT_BYTES + 64 * 1024) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'The content is larger than 5 MB.');
    }
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      throw new AppError('VALIDATION', 'The request body must be JSON: {"url": "…"} or {"title", "format", "content"}.');
    }
    const parsed = bodySchema.safeParse(json);
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION',
        'Send either {"url": "https://…"} or {"title", "format": "html"|"markdown"|"text", "content"}. ' + describeZodError(parsed.error),
      );
    }
    const input: ImportInput = 'url' in parsed.data ? { kind: 'url', url: parsed.data.url } : { kind: 'content', ...parsed.data };
    const result = await importArticle(user, input);
    return Response.json(
      { id: result.articleId, slug: result.slug, revisionId: result.revisionId, status: result.status },
      { status: result.status === 'unchanged' ? 200 : 201 },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}
