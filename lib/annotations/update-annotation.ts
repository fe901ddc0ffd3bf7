/**
 * Edits an annotation or reply (its author only) with optimistic
 * concurrency: the caller says which version they edited, and the update is
 * `UPDATE ... WHERE id = $id AND version = $version`; if someone else saved
 * in between, nothing is written and the caller gets CONFLICT instead of
 * silently overwriting them. Changing a thread root's visibility or group
 * moves its replies along (replies always share their root's audience).
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { normalizeTags } from '../tags/normalize-tag';
import { setAnnotationTags, tagScopeOf } from '../tags/set-annotation-tags';
import { announceAnnotationChange } from './announce-change';
import { claimStatementSchema, updateAnnotationSchema, type UpdateAnnotationInput } from './annotation-input';
import { annotationInclude, type AnnotationView, toAnnotationView } from './annotation-view';
import { checkGroup } from './create-annotation';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { canEdit } from './permissions';
import { parseInput } from './parse-input';

export const CONFLICT_MESSAGE = 'Someone else changed this annotation; reload to see their version.';

export async function updateAnnotation(user: SessionUser | null, id: string, input: UpdateAnnotationInput): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const data = parseInput(updateAnnotationSchema, input);
  const viewer = await loadViewer(user);
  const current = await findReadableRow(viewer, id);
  if (!current) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!canEdit(viewer, current)) {
    throw new AppError('FORBIDDEN', current.deletedAt ? 'A deleted annotation cannot be edited.' : 'Only its author can edit an annotation.');
  }
  const isReply = current.parentId !== null;
  const changes: Prisma.AnnotationUncheckedUpdateManyInput = {};

  if (data.body !== undefined) {
    const body = data.body?.trim() ? data.body : null;
    if (isReply && !body) throw new AppError('VALIDATION', 'A reply needs some text. Delete it instead.');
    changes.body = body;
    if (!isReply && current.motivation !== 'TAGGING') changes.motivation = body ? 'COMMENTING' : 'HIGHLIGHTING';
  }
  // Fields that do not apply (e.g. a full W3C document sent back with
  // `gloss:stance: null` on a top-level annotation) are ignored when they
  // would change nothing, and refused when they ask for something impossible.
  if (data.color !== undefined) {
    if (isReply) {
      if (data.color) throw new AppError('VALIDATION', 'Replies have no highlight colour.');
    } else changes.color = data.color ?? 'plain';
  }
  if (data.isClaim !== undefined || data.claimStatement !== undefined) {
    if (isReply) {
      if (data.isClaim) throw new AppError('VALIDATION', 'Only a top-level annotation can be a claim; replies take a stance.');
    } else {
      const isClaim = data.isClaim ?? current.isClaim;
      changes.isClaim = isClaim;
      changes.claimStatement = isClaim ? parseInput(claimStatementSchema, data.claimStatement ?? current.claimStatement ?? '') : null;
    }
  }
  if (data.stance !== undefined) {
    if (!isReply) {
      if (data.stance) throw new AppError('VALIDATION', 'Only replies take a stance.');
    } else {
      const root = await prisma.annotation.findUniqueOrThrow({ where: { id: current.rootId! }, select: { isClaim: true } });
      if (data.stance && !root.isClaim) throw new AppError('VALIDATION', 'A stance (supports, disputes…) can only be taken on a claim.');
      changes.stance = data.stance ?? null;
    }
  }
  let groupId = current.groupId;
  const visibility = data.visibility ?? current.visibility;
  const wantedGroup = data.groupId !== undefined ? data.groupId : visibility === 'PRIVATE' ? null : current.groupId;
  const audienceChanged = visibility !== current.visibility || wantedGroup !== current.groupId;
  if (audienceChanged) {
    if (isReply) throw new AppError('VALIDATION', "A reply's visibility follows its thread; change the annotation it answers.");
    groupId = await checkGroup(viewer.roles, visibility, wantedGroup);
    changes.visibility = visibility;
    changes.groupId = groupId;
  }
  const tags =
    data.tags !== undefined
      ? normalizeTags(data.tags)
      : groupId !== current.groupId
        ? current.tags.map((t) => t.tag) // same tags, re-scoped to the new group
        : undefined;

  const row = await prisma.$transaction(async (tx) => {
    const { count } = await tx.annotation.updateMany({
      where: { id, version: data.version, deletedAt: null },
      data: { ...changes, version: { increment: 1 }, editedAt: new Date() },
    });
    if (count === 0) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
    if (tags) await setAnnotationTags(tx, id, tagScopeOf(groupId), tags);
    const rootId = current.rootId ?? current.id;
    if (audienceChanged && !isReply) {
      const replies = await tx.annotation.findMany({ where: { rootId: id }, select: { id: true } });
      await tx.annotation.updateMany({ where: { rootId: id }, data: { visibility: changes.visibility, groupId } });
      for (const r of replies) {
        await announceAnnotationChange(tx, { articleId: current.articleId, annotationId: r.id, rootId, action: 'updated' });
      }
    }
    await announceAnnotationChange(tx, { articleId: current.articleId, annotationId: id, rootId, action: 'updated' });
    return tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
  });
  return toAnnotationView(row, viewer);
}
