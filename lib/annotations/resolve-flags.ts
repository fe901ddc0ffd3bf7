/**
 * Moderation: closes every open flag on an annotation ("dismiss"), taking it
 * out of its group's moderation queue whether or not it was hidden. Same
 * permission as hiding (moderators and owners of the annotation's group), so
 * the person who can act on a flag is the one who can clear it. A later new
 * flag puts the annotation back in the queue.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { moderates } from './permissions';

/** Returns how many flags were closed (0 when none were open). */
export async function resolveFlags(user: SessionUser | null, annotationId: string): Promise<{ resolved: number }> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const viewer = await loadViewer(user);
  const row = await findReadableRow(viewer, annotationId);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!moderates(viewer, row.groupId)) {
    throw new AppError('FORBIDDEN', "Only moderators of this annotation's group can dismiss its flags.");
  }
  const { count } = await prisma.flag.updateMany({ where: { annotationId, resolvedAt: null }, data: { resolvedAt: new Date() } });
  return { resolved: count };
}
