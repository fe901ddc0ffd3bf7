/**
 * Rebuilds every search index from Postgres without a search outage: fills
 * new indexes `<name>_new_<ts>` with the current settings while the live ones
 * keep answering, swaps them in atomically (Meilisearch `swapIndexes`), then
 * deletes the old ones. Writes made while it runs are not lost: their outbox
 * events are re-applied to the new indexes right after the swap (applying an
 * event is idempotent, see apply-outbox-events.ts).
 */
import type { Meilisearch } from 'meilisearch';
import { prisma } from '../db';
import { applyOutboxEvents } from './apply-outbox-events';
import { annotationDocumentsFromRows, annotationSelect, passageDocument } from './build-documents';
import { ANNOTATION_SETTINGS, PASSAGE_SETTINGS, applySettings } from './index-settings';
import { indexingClient, indexNames, type IndexNames } from './meili-client';
import { waitForSuccess, waitForSuccessWithin } from './wait-for-success';

/** A batch of thousands of documents can queue behind others for minutes on a large index. */
const BULK_WAIT = { timeoutMs: 30 * 60_000, intervalMs: 250 };

export interface ReindexProgress {
  phase: 'passages' | 'annotations';
  done: number;
  total: number;
}

export interface ReindexOptions {
  client?: Meilisearch;
  names?: IndexNames;
  batchSize?: number;
  onProgress?: (p: ReindexProgress) => void;
}

/** Rebuilds both indexes; resolves with the document counts. */
export async function reindexAll(opts: ReindexOptions = {}): Promise<{ passages: number; annotations: number }> {
  const client = opts.client ?? indexingClient();
  const names = opts.names ?? indexNames();
  const batchSize = opts.batchSize ?? 5_000;
  const report = opts.onProgress ?? (() => {});
  const suffix = `_new_${Date.now()}`;
  const fresh: IndexNames = { passages: names.passages + suffix, annotations: names.annotations + suffix };
  const [{ maxId }] = await prisma.$queryRaw<{ maxId: bigint | null }[]>`SELECT max(id) AS "maxId" FROM "OutboxEvent"`;

  try {
    await applySettings(client, fresh.passages, PASSAGE_SETTINGS);
    await applySettings(client, fresh.annotations, ANNOTATION_SETTINGS);
    const passages = await fillPassages(client, fresh.passages, batchSize, report);
    const annotations = await fillAnnotations(client, fresh.annotations, batchSize, report);

    // Swapping needs both sides to exist; a first reindex has no live index yet.
    await applySettings(client, names.passages, PASSAGE_SETTINGS);
    await applySettings(client, names.annotations, ANNOTATION_SETTINGS);
    await waitForSuccess(
      client.swapIndexes([
        { indexes: [names.passages, fresh.passages], rename: false },
        { indexes: [names.annotations, fresh.annotations], rename: false },
      ]),
    );
    // Catch up on writes made while the new indexes were being filled.
    const since = await prisma.outboxEvent.findMany({ where: { id: { gt: maxId ?? 0n } }, orderBy: { id: 'asc' } });
    for (let i = 0; i < since.length; i += 200) await applyOutboxEvents(client, names, since.slice(i, i + 200));
    return { passages, annotations };
  } finally {
    // After a swap these hold the old documents; after a failure, the partial new ones.
    await client.deleteIndexIfExists(fresh.passages);
    await client.deleteIndexIfExists(fresh.annotations);
  }
}

/** Enqueues batches, keeping a few in flight so Postgres reads and indexing overlap. */
async function pipeline(tasks: Promise<unknown>[], next: Promise<unknown>) {
  tasks.push(next);
  if (tasks.length >= 3) await tasks.shift();
}

async function fillPassages(client: Meilisearch, uid: string, batchSize: number, report: (p: ReindexProgress) => void) {
  const [{ total }] = await prisma.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Passage" p JOIN "Article" a ON a."currentRevisionId" = p."revisionId"`;
  const index = client.index(uid);
  const inFlight: Promise<unknown>[] = [];
  let cursor = '';
  let done = 0;
  report({ phase: 'passages', done, total: Number(total) });
  for (;;) {
    const rows = await prisma.$queryRaw<
      { id: string; revisionId: string; ordinal: number; start: number; end: number; text: string; articleId: string; slug: string; title: string;
        byline: string | null; siteName: string | null; publishedAt: Date | null; createdAt: Date }[]
    >`SELECT p.id, p."revisionId", p.ordinal, p.start, p."end", p.text, a.id AS "articleId", a.slug, a.title, a.byline, a."siteName",
        a."publishedAt", a."createdAt"
      FROM "Passage" p JOIN "Article" a ON a."currentRevisionId" = p."revisionId"
      WHERE p.id > ${cursor} ORDER BY p.id LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    const docs = rows.map((r) => passageDocument({ ...r, id: r.articleId }, { ...r }));
    const count = rows.length;
    await pipeline(inFlight, waitForSuccessWithin(BULK_WAIT, index.addDocuments(docs, { primaryKey: 'id' })).then(() => {
      done += count;
      report({ phase: 'passages', done, total: Number(total) });
    }));
  }
  await Promise.all(inFlight);
  return done;
}

async function fillAnnotations(client: Meilisearch, uid: string, batchSize: number, report: (p: ReindexProgress) => void) {
  const total = await prisma.annotation.count();
  const index = client.index(uid);
  const inFlight: Promise<unknown>[] = [];
  let cursor = '';
  let done = 0;
  let indexed = 0;
  report({ phase: 'annotations', done, total });
  for (;;) {
    const rows = await prisma.annotation.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take: batchSize, select: annotationSelect });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    const { upsert } = await annotationDocumentsFromRows(rows);
    indexed += upsert.length;
    const count = rows.length;
    const task = upsert.length ? waitForSuccessWithin(BULK_WAIT, index.addDocuments(upsert, { primaryKey: 'id' })) : Promise.resolve();
    await pipeline(inFlight, task.then(() => {
      done += count;
      report({ phase: 'annotations', done, total });
    }));
  }
  await Promise.all(inFlight);
  return indexed;
}
