/**
 * Deletes an annotation or reply softly: the row stays (so replies keep
 * their place and the thread still reads "deleted"), but its body, claim
 * statement and tags are removed for good, since a person who deletes their
 * words expects them gone. Authors may delete their own; moderators and
 * owners of the annotation's group may delete any in it.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { announceAnnotationChange } from './announce-change';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { canDelete } from './permissions';

export async function deleteAnnotation(user: SessionUser | null, id: string): Promise<void> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const viewer = await loadViewer(user);
  const current = await findReadableRow(viewer, id);
  if (!current) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (current.deletedAt) return; // already gone: deleting twice is not an error
  if (!canDelete(viewer, current)) throw new AppError('FORBIDDEN', 'Only its author or a group moderator can delete this.');
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.annotation.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), body: null, claimStatement: null, version: { increment: 1 } },
    });
    if (count === 0) return; // someone deleted it a moment ago
    await tx.annotationTag.deleteMany({ where: { annotationId: id } });
    await announceAnnotationChange(tx, {
      articleId: current.articleId,
      annotationId: id,
      rootId: current.rootId ?? id,
      action: 'deleted',
    });
  });
}
