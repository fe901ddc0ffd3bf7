/**
 * Exports the annotation threads on an article that the asker may read, as a
 * Markdown file: everything they can see, or only their own threads. The
 * permission checks are the readers' (getArticleById, listAnnotationsForArticle),
 * so an export never shows more than the margin would.
 */
import type { SessionUser } from '../auth/current-user';
import { getArticleById } from '../articles/get-article';
import { AppError } from '../errors';
import { listAnnotationsForArticle } from './list-annotations-for-article';
import { threadsToMarkdown } from './threads-to-markdown';

export type ExportScope = 'all' | 'mine';

export interface AnnotationExport {
  filename: string;
  markdown: string;
}

export async function exportArticleAnnotations(
  user: SessionUser | null,
  articleId: string,
  options: { scope: ExportScope; origin: string; now?: Date },
): Promise<AnnotationExport> {
  if (options.scope === 'mine' && !user) throw new AppError('UNAUTHORIZED', 'Sign in to export your own annotations.');
  const article = await getArticleById(user, articleId);
  if (!article) throw new AppError('NOT_FOUND', 'There is no article with that id.');
  const { threads } = await listAnnotationsForArticle(user, article.id, { scope: options.scope });
  const markdown = threadsToMarkdown(article, threads, {
    origin: options.origin,
    scopeLabel: options.scope === 'mine' ? 'your annotations' : 'all annotations you can see',
    exportedAt: options.now ?? new Date(),
  });
  return { filename: `${article.slug}-annotations.md`, markdown };
}
