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
import { setAnnotationTags, tagScopeOf } from '../tags/set-annotation-tags';
import { announceAnnotationChange } from './announce-change';
import { createReplySchema, type CreateReplyInput } from './annotation-input';
import { annotationInclude, type AnnotationView, toAnnotationView } from './annotation-view';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { canReply } from './permissions';
import { parseInput } from './parse-input';

export async function createReply(user: SessionUser | null, parentId: string, input: CreateReplyInput): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to reply.');
  const data = parseInput(createReplySchema, input);
  const tags = normalizeTags(data.tags ?? []);
  const viewer = await loadViewer(user);
  const parent = await findReadableRow(viewer, parentId);
  if (!parent) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!canReply(viewer, parent)) {
    throw new AppError('FORBIDDEN', parent.deletedAt ? 'You cannot reply to a deleted annotation.' : 'You cannot reply in this thread.');
  }
  const rootId = parent.rootId ?? parent.id;
  const root = rootId === parent.id ? parent : await prisma.annotation.findUniqueOrThrow({ where: { id: rootId } });
  if (data.stance && !root.isClaim) {
    throw new AppError('VALIDATION', 'A stance (supports, disputes…) can only be taken on a claim.');
  }

  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: {
        articleId: root.articleId,
        revisionId: root.revisionId,
        authorId: user.id,
        parentId: parent.id,
        rootId,
        // Inherited from the root: see the module comment.
        visibility: root.visibility,
        groupId: root.groupId,
        motivation: 'REPLYING',
        body: data.body,
        stance: data.stance ?? null,
      },
    });
    await setAnnotationTags(tx, created.id, tagScopeOf(root.groupId), tags);
    await announceAnnotationChange(tx, { articleId: root.articleId, annotationId: created.id, rootId, action: 'created' });
    return tx.annotation.findUniqueOrThrow({ where: { id: created.id }, include: annotationInclude });
  });
  return toAnnotationView(row, viewer);
}
