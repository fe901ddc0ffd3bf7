/**
 * Imports one article for a signed-in person, from a URL or from uploaded
 * content (HTML, Markdown or plain text). Validates the request, prepares the
 * canonical article (prepare-article.ts) and stores it in one transaction
 * (save-article.ts): a new article, a new revision of the same source, or
 * nothing when the text is unchanged.
 */
import { z } from 'zod';
import type { SessionUser } from '../auth/current-user';
import { AppError, describeZodError } from '../errors';
import { prepareFromContent, prepareFromUrl } from './prepare-article';
import { saveArticle, type SaveOptions } from './save-article';

export type ImportInput =
  | { kind: 'url'; url: string }
  | { kind: 'content'; title?: string; format: 'html' | 'markdown' | 'text'; content: string; fileName?: string };

export interface ImportResult {
  /** created: new article; revised: new revision of an existing one; unchanged: identical text, nothing written. */
  status: 'created' | 'revised' | 'unchanged';
  articleId: string;
  slug: string;
  revisionId: string;
}

export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

/** The accepted shape of an import request (also used by the API route). */
export const importInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('url'),
    url: z.string().trim().min(1, 'Enter a web address.').max(2048, 'That web address is too long.'),
  }),
  z.object({
    kind: z.literal('content'),
    title: z.string().trim().max(300, 'The title can be at most 300 characters.').optional(),
    format: z.enum(['html', 'markdown', 'text'], { error: 'The format must be html, markdown or text.' }),
    content: z
      .string()
      .refine((s) => s.trim().length > 0, 'The content is empty.')
      .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CONTENT_BYTES, 'The content is larger than 5 MB.'),
    fileName: z.string().trim().max(255).optional(),
  }),
]);

/** Imports an article; see the module comment. Throws AppError for anything a person can fix. */
export async function importArticle(user: SessionUser | null, input: ImportInput, opts: SaveOptions = {}): Promise<ImportResult> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to import articles.');
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', describeZodError(parsed.error));
  const data = parsed.data;
  const prepared = data.kind === 'url' ? await prepareFromUrl(data.url) : prepareFromContent(user.id, data);
  return saveArticle(user, prepared, opts);
}
