/**
 * Adds a reply to an annotation or to another reply. A reply always takes
 * the visibility and group of its thread's root, whatever the client asks,
 * so a reply can never be more visible than the thread it sits in. A stance
 * (supports, disputes, needs context, question) is only accepted when the
 * root is a claim.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { normalizeTags } from '../tags/normalize-tag';
import { createReplySchema, type CreateReplyInput } from './annotation-input';
import type { Visibility } from '../generated/prisma/enums';
import { type AnnotationView, toAnnotationView } from './annotation-view';
import { NOT_FOUND_MESSAGE } from './get-annotation';
import { insertAnnotation } from './insert-annotation';
import { loadViewer } from './load-viewer';
import { type AccessFacts, canRead, canReply } from './permissions';
import { parseInput } from './parse-input';

export async function createReply(user: SessionUser | null, parentId: string, input: CreateReplyInput): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to reply.');
  const data = parseInput(createReplySchema, input);
  const tags = normalizeTags(data.tags ?? []);
  // Independent reads, in parallel: every round trip counts under write load.
  const [viewer, parent] = await Promise.all([loadViewer(user), findParentWithRoot(parentId)]);
  if (!parent || !canRead(viewer, parent)) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!canReply(viewer, parent)) {
    throw new AppError('FORBIDDEN', parent.deletedAt ? 'You cannot reply to a deleted annotation.' : 'You cannot reply in this thread.');
  }
  const { root } = parent;
  if (data.stance && !root.isClaim) {
    throw new AppError('VALIDATION', 'A stance (supports, disputes…) can only be taken on a claim.');
  }

  const row = await insertAnnotation(
    {
      articleId: root.articleId,
      revisionId: root.revisionId,
      authorId: user.id,
      parentId: parent.id,
      rootId: root.id,
      // Inherited from the root: see the module comment.
      visibility: root.visibility,
      groupId: root.groupId,
      motivation: 'REPLYING',
      color: null,
      body: data.body,
      quoteExact: null,
      quotePrefix: null,
      quoteSuffix: null,
      positionStart: null,
      positionEnd: null,
      isClaim: false,
      claimStatement: null,
      stance: data.stance ?? null,
    },
    tags,
  );
  return toAnnotationView(row, viewer);
}

/** The fields of the parent its permission checks read, and of its thread's root, in one query. */
async function findParentWithRoot(parentId: string) {
  const rows = await prisma.$queryRaw<
    Array<AccessFacts & { id: string; rootId: string; rootArticleId: string; rootRevisionId: string | null; rootVisibility: Visibility; rootGroupId: string | null; rootIsClaim: boolean }>
  >`
    SELECT p."id", p."authorId", p."visibility"::text AS "visibility", p."groupId", p."hiddenAt", p."deletedAt",
      r."id" AS "rootId", r."articleId" AS "rootArticleId", r."revisionId" AS "rootRevisionId",
      r."visibility"::text AS "rootVisibility", r."groupId" AS "rootGroupId", r."isClaim" AS "rootIsClaim"
    FROM "Annotation" p JOIN "Annotation" r ON r."id" = COALESCE(p."rootId", p."id")
    WHERE p."id" = ${parentId}`;
  const p = rows[0];
  if (!p) return null;
  const root = { id: p.rootId, articleId: p.rootArticleId, revisionId: p.rootRevisionId, visibility: p.rootVisibility, groupId: p.rootGroupId, isClaim: p.rootIsClaim };
  return { id: p.id, authorId: p.authorId, visibility: p.visibility, groupId: p.groupId, hiddenAt: p.hiddenAt, deletedAt: p.deletedAt, root };
}
