/**
 * Loads one annotation or reply for the asking user. Something they may not
 * read is reported as NOT_FOUND, exactly like something that does not exist,
 * so ids of private annotations reveal nothing.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { annotationInclude, type AnnotationRow, type AnnotationView, toAnnotationView } from './annotation-view';
import { loadViewer } from './load-viewer';
import { canRead, type Viewer } from './permissions';

export const NOT_FOUND_MESSAGE = 'That annotation does not exist, or you cannot see it.';

/** The row if the viewer may read it, else null. */
export async function findReadableRow(viewer: Viewer, id: string): Promise<AnnotationRow | null> {
  const row = await prisma.annotation.findUnique({ where: { id }, include: annotationInclude });
  return row && canRead(viewer, row) ? row : null;
}

/** One annotation as the user may see it; NOT_FOUND otherwise. */
export async function getAnnotation(user: SessionUser | null, id: string): Promise<AnnotationView> {
  const viewer = await loadViewer(user);
  const row = await findReadableRow(viewer, id);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return toAnnotationView(row, viewer);
}
