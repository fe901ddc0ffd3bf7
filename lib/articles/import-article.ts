/**
 * CONTRACT (filled in by the articles work): imports one article.
 * Placeholder so other code compiles against the final signature.
 */
import type { SessionUser } from '../auth/current-user';
import { AppError } from '../errors';

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

export async function importArticle(_user: SessionUser | null, _input: ImportInput): Promise<ImportResult> {
  throw new AppError('INTERNAL', 'Article import is not implemented yet.');
}
