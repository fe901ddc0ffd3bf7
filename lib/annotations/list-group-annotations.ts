/**
 * A group's recent activity for its page: the newest annotations and replies
 * posted in the group that the asking member may read (hidden ones only for
 * moderators and their authors, as everywhere), with their article.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { annotationInclude, type AnnotationView, toAnnotationView } from './annotation-view';
import { loadViewer } from './load-viewer';
import { visibleTo } from './permissions';

export interface GroupAnnotation extends AnnotationView {
  article: { slug: string; title: string };
}

/** Newest first; NOT_FOUND unless the user is a member of the group. */
export async function listGroupAnnotations(
  user: SessionUser | null,
  groupId: string,
  opts: { limit?: number } = {},
): Promise<GroupAnnotation[]> {
  const viewer = await loadViewer(user);
  if (!user || !viewer.roles.has(groupId)) {
    throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
  }
  const rows = await prisma.annotation.findMany({
    where: { AND: [visibleTo(viewer), { groupId, deletedAt: null }] },
    include: { ...annotationInclude, article: { select: { slug: true, title: true } } },
    orderBy: { createdAt: 'desc' },
    take: Math.min(opts.limit ?? 20, 100),
  });
  return rows.map((r) => ({ ...toAnnotationView(r, viewer), article: r.article }));
}
