/**
 * Applies a batch of outbox events to Meilisearch. Events are coalesced per
 * entity (ten edits of one annotation become one document), and every
 * document is rebuilt from Postgres now, so the event kind only says which
 * kind of entity changed: whatever exists now is indexed, whatever is gone
 * is removed. Resolves only when Meilisearch reports every task succeeded.
 */
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { prisma } from '../db';
import { buildAnnotationDocuments, buildPassageDocuments, type PassageDocument } from './build-documents';
import { quoteFilterValue } from './filter-value';
import type { IndexNames } from './meili-client';
import { waitForSuccess } from './wait-for-success';

export interface OutboxEventRow {
  id: bigint;
  kind: string;
  entityId: string;
}

/** Sends the changes the events stand for; returns how many passages were indexed. */
export async function applyOutboxEvents(client: Meilisearch, names: IndexNames, events: OutboxEventRow[]): Promise<number> {
  const articleIds = new Set<string>();
  const annotationIds = new Set<string>();
  for (const e of events) {
    if (e.kind.startsWith('article.')) articleIds.add(e.entityId);
    else if (e.kind.startsWith('annotation.')) annotationIds.add(e.entityId);
  }
  const passages = client.index<PassageDocument>(names.passages);
  const annotations = client.index(names.annotations);
  const tasks: EnqueuedTaskPromise[] = [];
  // Requests start at once; a failure is handled by waitForSuccess at the end,
  // so mark it handled now (Postgres reads happen in between).
  const enqueue = (t: EnqueuedTaskPromise) => {
    t.catch(() => {});
    tasks.push(t);
  };
  const passageDocs: PassageDocument[] = [];
  const goneArticles: string[] = [];
  const staleRevisions: string[] = [];

  const built = await buildPassageDocuments([...articleIds]);
  for (const articleId of articleIds) {
    const article = built.get(articleId);
    if (!article) {
      goneArticles.push(articleId);
      continue;
    }
    passageDocs.push(...article.docs);
    // Filter deletes are costly in Meilisearch: only ask when a revision can be stale.
    if (article.hadOlderRevisions) {
      staleRevisions.push(`(articleId = ${quoteFilterValue(articleId)} AND revisionId != ${quoteFilterValue(article.revisionId)})`);
    }
  }
  if (passageDocs.length) enqueue(passages.addDocuments(passageDocs, { primaryKey: 'id' }));
  // Passages of older revisions leave the index; the filter never matches current ones.
  if (staleRevisions.length) enqueue(passages.deleteDocuments({ filter: staleRevisions.join(' OR ') }));
  if (articleIds.size) {
    // Annotations show the article title; a retitled or deleted article changes them too.
    const related = await prisma.annotation.findMany({ where: { articleId: { in: [...articleIds] } }, select: { id: true } });
    for (const r of related) annotationIds.add(r.id);
  }
  if (goneArticles.length) {
    const inList = goneArticles.map(quoteFilterValue).join(', ');
    enqueue(passages.deleteDocuments({ filter: `articleId IN [${inList}]` }));
    enqueue(annotations.deleteDocuments({ filter: `articleId IN [${inList}]` }));
  }
  if (annotationIds.size) {
    // A thread root's visibility decides its replies' visibility: rebuild them with it.
    const replies = await prisma.annotation.findMany({ where: { rootId: { in: [...annotationIds] } }, select: { id: true } });
    for (const r of replies) annotationIds.add(r.id);
  }
  const { upsert, remove } = await buildAnnotationDocuments([...annotationIds]);
  if (upsert.length) enqueue(annotations.addDocuments(upsert, { primaryKey: 'id' }));
  if (remove.length) enqueue(annotations.deleteDocuments(remove));
  if (tasks.length) await waitForSuccess(...tasks);
  return passageDocs.length;
}
