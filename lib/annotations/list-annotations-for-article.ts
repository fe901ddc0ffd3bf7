/**
 * The annotation threads on an article that the asking user may see, for
 * the reader's margin: top-level annotations (filtered as asked), each with
 * its visible replies, tags, author names, and for claims the stance tally
 * and how contested it is. Visibility is filtered in SQL with `visibleTo`,
 * the same rules as `canRead`.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { type AnnotationThread, toAnnotationView, toThread } from './annotation-view';
import { findAnnotationRows } from './find-annotation-rows';
import { loadViewer } from './load-viewer';
import { visibleTo } from './permissions';

export interface AnnotationFilters {
  /** mine: written by me; group: shared with a group (optionally `groupId`); public: public ones. */
  scope?: 'all' | 'mine' | 'group' | 'public';
  groupId?: string;
  /** A tag slug. */
  tag?: string;
  /** An author's user id. */
  authorId?: string;
  claimsOnly?: boolean;
  /** Only annotations that could not be re-anchored on the current revision. */
  orphans?: boolean;
}

export interface ArticleAnnotations {
  threads: AnnotationThread[];
  /** Visible claims on the article (not deleted). */
  claimCount: number;
}

export async function listAnnotationsForArticle(
  user: SessionUser | null,
  articleId: string,
  filters: AnnotationFilters = {},
): Promise<ArticleAnnotations> {
  const viewer = await loadViewer(user);
  if (!viewer.userId && viewer.requireSignIn) throw new AppError('UNAUTHORIZED', 'Please sign in to read annotations.');
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'That article does not exist.');

  const and: Prisma.AnnotationWhereInput[] = [visibleTo(viewer)];
  const scope = filters.scope ?? 'all';
  if (scope === 'mine') and.push({ authorId: viewer.userId ?? '-' });
  if (scope === 'group') and.push({ visibility: 'GROUP', ...(filters.groupId ? { groupId: filters.groupId } : {}) });
  if (scope === 'public') and.push({ visibility: 'PUBLIC' });
  if (filters.tag) and.push({ tags: { some: { tag: { slug: filters.tag } } } });
  if (filters.authorId) and.push({ authorId: filters.authorId });
  if (filters.claimsOnly) and.push({ isClaim: true, deletedAt: null });
  if (filters.orphans) and.push({ anchorStatus: 'ORPHANED' });

  const roots = await findAnnotationRows({ articleId, parentId: null, AND: and }, [{ positionStart: 'asc' }, { createdAt: 'asc' }]);
  const replies = roots.length
    ? await findAnnotationRows({ articleId, rootId: { in: roots.map((r) => r.id) }, AND: [visibleTo(viewer)] }, { createdAt: 'asc' })
    : [];
  const byRoot = new Map<string, typeof replies>();
  for (const r of replies) {
    const list = byRoot.get(r.rootId!) ?? [];
    list.push(r);
    byRoot.set(r.rootId!, list);
  }
  const threads = roots
    .map((root) =>
      toThread(
        toAnnotationView(root, viewer),
        (byRoot.get(root.id) ?? []).map((r) => toAnnotationView(r, viewer)),
      ),
    )
    // A deleted annotation stays only as the head of a conversation that is still there.
    .filter((t) => !t.deleted || t.replies.some((r) => !r.deleted));
  return { threads, claimCount: threads.filter((t) => t.isClaim && !t.deleted).length };
}
