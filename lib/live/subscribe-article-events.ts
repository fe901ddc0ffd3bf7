/**
 * Live events on one article for one viewer. Notifications carry ids only;
 * for each one this re-reads the annotation with the viewer's current rights
 * (memberships re-read too, so someone removed from a group stops receiving
 * its annotations at once) and passes on only what they may read. A private
 * annotation never reaches anyone but its author.
 *
 * Events are delivered in notification order (one promise chain per
 * subscriber), so a reply never arrives before the annotation it answers.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { LiveAction, LiveNotification } from '../annotations/announce-change';
import { annotationInclude, type AnnotationView, toAnnotationView } from '../annotations/annotation-view';
import { loadViewer } from '../annotations/load-viewer';
import { canRead, canSeeByVisibility } from '../annotations/permissions';
import { getLiveHub } from './live-hub';

export type ArticleEvent =
  | { type: 'annotation'; action: LiveAction; annotation: AnnotationView }
  | { type: 'deleted'; id: string; rootId: string }
  | { type: 'hidden'; id: string; rootId: string }
  | { type: 'resync' };

/** Decides what (if anything) one viewer gets for one notification. */
export async function eventForViewer(user: SessionUser | null, n: LiveNotification): Promise<ArticleEvent | null> {
  const viewer = await loadViewer(user);
  const row = await prisma.annotation.findUnique({ where: { id: n.annotationId }, include: annotationInclude });
  if (!row || row.articleId !== n.articleId) return null;
  if (canRead(viewer, row)) {
    if (n.action === 'deleted') return { type: 'deleted', id: row.id, rootId: row.rootId ?? row.id };
    return { type: 'annotation', action: n.action, annotation: toAnnotationView(row, viewer) };
  }
  // Readers who saw it before it was hidden learn to take it away (an id only, no content).
  if (n.action === 'hidden' && canSeeByVisibility(viewer, row)) return { type: 'hidden', id: row.id, rootId: row.rootId ?? row.id };
  return null;
}

/**
 * Subscribes the user to an article's live events. Resolves once listening
 * (events from writes committed after that are delivered). Returns the
 * unsubscribe function.
 */
export async function subscribeArticleEvents(
  user: SessionUser | null,
  articleId: string,
  onEvent: (e: ArticleEvent) => void,
): Promise<() => void> {
  const viewer = await loadViewer(user);
  if (!viewer.userId && viewer.requireSignIn) throw new AppError('UNAUTHORIZED', 'Please sign in to follow this article.');
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'That article does not exist.');

  let chain = Promise.resolve();
  let active = true;
  const enqueue = (work: () => Promise<ArticleEvent | null>) => {
    chain = chain
      .then(async () => {
        if (!active) return;
        const e = await work();
        if (e && active) onEvent(e);
      })
      .catch((err) => console.error('live event failed', err));
  };
  const unsubscribe = await getLiveHub().subscribe(articleId, {
    onNotification: (n) => enqueue(() => eventForViewer(user, n)),
    onResync: () => enqueue(async () => ({ type: 'resync' })),
  });
  return () => {
    active = false;
    unsubscribe();
  };
}
