/**
 * Moderation: moderators and owners of an annotation's group hide it (it
 * disappears for everyone but its author and the group's moderators, who see
 * it marked hidden) or unhide it. There are no instance-wide moderators, so
 * a public annotation posted without a group cannot be hidden, only flagged
 * (see permissions.ts).
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { announceAnnotationChange } from './announce-change';
import { annotationInclude, type AnnotationView, toAnnotationView } from './annotation-view';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { canHide } from './permissions';

async function setHidden(user: SessionUser | null, id: string, hidden: boolean): Promise<AnnotationView> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const viewer = await loadViewer(user);
  const current = await findReadableRow(viewer, id);
  if (!current) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!canHide(viewer, current)) throw new AppError('FORBIDDEN', "Only moderators of this annotation's group can hide or unhide it.");
  if ((current.hiddenAt !== null) === hidden) return toAnnotationView(current, viewer);
  const row = await prisma.$transaction(async (tx) => {
    await tx.annotation.update({
      where: { id },
      data: hidden ? { hiddenAt: new Date(), hiddenById: user.id } : { hiddenAt: null, hiddenById: null },
    });
    await announceAnnotationChange(tx, {
      articleId: current.articleId,
      annotationId: id,
      rootId: current.rootId ?? id,
      action: hidden ? 'hidden' : 'unhidden',
    });
    return tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
  });
  return toAnnotationView(row, viewer);
}

/** Hides it (idempotent). */
export function hideAnnotation(user: SessionUser | null, id: string): Promise<AnnotationView> {
  return setHidden(user, id, true);
}

/** Shows it again (idempotent). */
export function unhideAnnotation(user: SessionUser | null, id: string): Promise<AnnotationView> {
  return setHidden(user, id, false);
}
