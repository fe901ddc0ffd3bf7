/**
 * The tag page: every annotation or reply carrying a tag (by slug, in any
 * scope or one group's) that the asking user may read, newest first, with
 * the article each belongs to.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { annotationInclude, type AnnotationView, toAnnotationView } from '../annotations/annotation-view';
import { loadViewer } from '../annotations/load-viewer';
import { visibleTo } from '../annotations/permissions';
import { tagSlug } from './normalize-tag';

export interface TaggedAnnotation extends AnnotationView {
  article: { id: string; slug: string; title: string };
}

export async function listAnnotationsByTag(
  user: SessionUser | null,
  slug: string,
  opts: { scope?: string; limit?: number } = {},
): Promise<TaggedAnnotation[]> {
  const viewer = await loadViewer(user);
  if (!viewer.userId && viewer.requireSignIn) throw new AppError('UNAUTHORIZED', 'Please sign in to read annotations.');
  const rows = await prisma.annotation.findMany({
    where: {
      AND: [visibleTo(viewer), { deletedAt: null }],
      tags: { some: { tag: { slug: tagSlug(slug), ...(opts.scope ? { scope: opts.scope } : {}) } } },
    },
    include: { ...annotationInclude, article: { select: { id: true, slug: true, title: true } } },
    orderBy: { createdAt: 'desc' },
    take: Math.min(opts.limit ?? 200, 500),
  });
  return rows.map((r) => ({ ...toAnnotationView(r, viewer), article: r.article }));
}
