/**
 * Creates a top-level annotation (highlight, note, tag or claim) on the
 * article's current revision. The selection must be real: the revision's
 * canonical text between `start` and `end` must equal the quoted text, so
 * nobody can store a highlight on text that is not there. Prefix and suffix
 * are taken from the text itself rather than trusted from the client.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { Motivation } from '../generated/prisma/enums';
import { normalizeTags } from '../tags/normalize-tag';
import { claimStatementSchema, CONTEXT_LENGTH, createAnnotationSchema, type CreateAnnotationInput } from './annotation-input';
import { type AnnotationView, toAnnotationView } from './annotation-view';
import { insertAnnotation } from './insert-annotation';
import { loadViewer } from './load-viewer';
import { parseInput } from './parse-input';

/** Creates it; returns it as the author sees it. */
export async function createAnnotation(user: SessionUser | null, input: CreateAnnotationInput): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to annotate.');
  const data = parseInput(createAnnotationSchema, input);
  const tags = normalizeTags(data.tags ?? []);
  const claimStatement = data.isClaim ? parseInput(claimStatementSchema, data.claimStatement ?? '') : null;
  // Independent reads, in parallel: every round trip counts under write load.
  const [viewer, article] = await Promise.all([loadViewer(user), findArticleForAnnotating(data.articleId)]);
  const groupId = await checkGroup(viewer.roles, data.visibility, data.groupId ?? null);

  if (!article) throw new AppError('NOT_FOUND', 'That article does not exist.');
  const revision = article.currentRevision;
  if (!revision) throw new AppError('CONFLICT', 'This article has no text to annotate yet.');
  if (data.revisionId && data.revisionId !== revision.id) {
    throw new AppError('CONFLICT', 'The article was updated since you opened it. Reload it to annotate the new version.');
  }
  const { start, end, exact } = data.selector;
  if (end > revision.text.length || revision.text.slice(start, end) !== exact) {
    throw new AppError('VALIDATION', "The selected text doesn't match the article");
  }
  const body = data.body?.trim() ? data.body : null;
  const motivation: Motivation = data.motivation ?? (body ? 'COMMENTING' : tags.length ? 'TAGGING' : 'HIGHLIGHTING');

  const row = await insertAnnotation(
    {
      articleId: article.id,
      revisionId: revision.id,
      authorId: user.id,
      groupId,
      parentId: null,
      rootId: null,
      visibility: data.visibility,
      motivation,
      color: data.color ?? 'plain',
      body,
      quoteExact: exact,
      quotePrefix: revision.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      quoteSuffix: revision.text.slice(end, end + CONTEXT_LENGTH),
      positionStart: start,
      positionEnd: end,
      isClaim: data.isClaim,
      claimStatement,
      stance: null,
    },
    tags,
  );
  return toAnnotationView(row, viewer);
}

/** The article with its current revision's id and text, in one query. */
async function findArticleForAnnotating(articleId: string) {
  const rows = await prisma.$queryRaw<Array<{ id: string; revisionId: string | null; text: string | null }>>`
    SELECT a."id", r."id" AS "revisionId", r."text"
    FROM "Article" a LEFT JOIN "ArticleRevision" r ON r."id" = a."currentRevisionId"
    WHERE a."id" = ${articleId}`;
  const a = rows[0];
  if (!a) return null;
  return { id: a.id, currentRevision: a.revisionId !== null && a.text !== null ? { id: a.revisionId, text: a.text } : null };
}

/**
 * The group an annotation may go to: required (and membership checked) for
 * GROUP, optional for PUBLIC (a public note posted in a group, moderated by
 * it), never for PRIVATE.
 */
export async function checkGroup(
  roles: ReadonlyMap<string, string>,
  visibility: 'PRIVATE' | 'GROUP' | 'PUBLIC',
  groupId: string | null,
): Promise<string | null> {
  if (visibility === 'PRIVATE') {
    if (groupId) throw new AppError('VALIDATION', 'A private annotation cannot belong to a group. Choose "group" visibility instead.');
    return null;
  }
  if (visibility === 'GROUP' && !groupId) throw new AppError('VALIDATION', 'Choose which group can see this annotation.');
  if (groupId && !roles.has(groupId)) throw new AppError('FORBIDDEN', 'You can only share annotations with groups you belong to.');
  return groupId;
}
