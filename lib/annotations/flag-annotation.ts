/**
 * Flags an annotation for moderators with a reason. Anyone signed in who can
 * read it (but not its author) may flag it, once; flagging again is refused
 * with a clear message rather than counted twice.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { flagReasonSchema } from './annotation-input';
import { findReadableRow, NOT_FOUND_MESSAGE } from './get-annotation';
import { loadViewer } from './load-viewer';
import { canFlag } from './permissions';
import { parseInput } from './parse-input';

export async function flagAnnotation(user: SessionUser | null, id: string, reason: string): Promise<{ id: string; createdAt: Date }> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to flag.');
  const text = parseInput(flagReasonSchema, reason);
  const viewer = await loadViewer(user);
  const current = await findReadableRow(viewer, id);
  if (!current) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (!canFlag(viewer, current)) {
    throw new AppError('FORBIDDEN', current.authorId === user.id ? 'You cannot flag your own annotation.' : 'This cannot be flagged.');
  }
  const existing = await prisma.flag.findUnique({ where: { annotationId_reporterId: { annotationId: id, reporterId: user.id } } });
  if (existing) throw new AppError('CONFLICT', 'You have already flagged this annotation.');
  try {
    const flag = await prisma.flag.create({ data: { annotationId: id, reporterId: user.id, reason: text } });
    return { id: flag.id, createdAt: flag.createdAt };
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', 'You have already flagged this annotation.');
    throw e;
  }
}
