/**
 * Nothing is lost while Meilisearch is down: this test runs its own embedded
 * Meilisearch, indexes, stops it, writes (the writes succeed and their outbox
 * events back off with attempts and lastError), starts it again, and checks
 * the index caught up on every write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prisma } from '../db';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from '../services/embedded-meilisearch';
import { ensureIndexSettings } from './index-settings';
import { createMeiliClient, indexNames } from './meili-client';
import { drainOutbox, drainOutboxOnce } from './outbox-worker';
import { searchVisibleTo } from './search';
import { createTestAnnotation, createTestArticle, createTestUser, deleteTestAnnotation, uniqueWord } from './search-fixtures';
import { freePort } from '../services/ports';

const names = indexNames(`t${uniqueWord('')}_`);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gloss-meili-catchup-'));
let meili: EmbeddedMeilisearchHandle | undefined;
let port = 0;


beforeAll(async () => {
  port = await freePort();
  meili = await startEmbeddedMeilisearch({ dataDir, port });
});

afterAll(async () => {
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('catches up on writes made while Meilisearch was down', async () => {
  const client = () => createMeiliClient({ host: meili!.host, apiKey: meili!.masterKey, timeout: 2_000 });
  await ensureIndexSettings(client(), names);
  const author = await createTestUser('Dana Down');
  const before = uniqueWord('before');
  const article = await createTestArticle('Outage notes', [`Written before the outage ${before}.`]);
  const doomed = await createTestAnnotation({ articleId: article.id, authorId: author.id, body: `To be deleted ${uniqueWord('x')}` });
  expect((await drainOutbox({ client: client(), names })).error).toBeUndefined();

  await meili!.stop();
  meili = undefined;

  // Writes succeed while the search server is down…
  const during = uniqueWord('during');
  const note = await createTestAnnotation({ articleId: article.id, authorId: author.id, body: `Written during the outage ${during}` });
  const second = await createTestArticle('Written in the dark', [`A whole article ${during}.`]);
  await deleteTestAnnotation(doomed.id);
  const deadClient = createMeiliClient({ host: `http://127.0.0.1:${port}`, timeout: 1_000 });
  const failed = await drainOutboxOnce({ client: deadClient, names });
  expect(failed.processed).toBe(0);
  expect(failed.failed).toBeGreaterThanOrEqual(3);
  // …and their events wait with a reason and a later retry time.
  const pending = await prisma.outboxEvent.findMany({ where: { processedAt: null } });
  expect(pending.length).toBeGreaterThanOrEqual(3);
  for (const e of pending) {
    expect(e.attempts).toBeGreaterThanOrEqual(1);
    expect(e.lastError).toBeTruthy();
    expect(e.availableAt.getTime()).toBeGreaterThan(Date.now() - 500);
  }

  meili = await startEmbeddedMeilisearch({ dataDir, port });
  // The backoff (1 s after one failure) delays the retry; drain until all is done.
  for (let i = 0; i < 100 && (await prisma.outboxEvent.count({ where: { processedAt: null } })) > 0; i++) {
    const r = await drainOutbox({ client: client(), names });
    if (r.processed === 0) await new Promise((res) => setTimeout(res, 200));
  }
  expect(await prisma.outboxEvent.count({ where: { processedAt: null } })).toBe(0);

  const find = async (q: string) => (await searchVisibleTo(author, { q }, { client: client(), names })).hits;
  expect((await find(during)).map((h) => h.id).sort()).toEqual(
    [note.id, ...(await prisma.passage.findMany({ where: { revisionId: second.currentRevisionId } })).map((p) => p.id)].sort(),
  );
  expect((await find(before)).length).toBe(1);
  expect((await find('deleted')).map((h) => h.id)).not.toContain(doomed.id);
});
