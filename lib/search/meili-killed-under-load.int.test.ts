/**
 * Meilisearch dies in the middle of a write load and nothing is lost. Four
 * people write concurrently through the real data layer (annotations,
 * replies, edits that change body, tags and visibility, deletes) while the
 * app's own outbox worker feeds a Meilisearch this test owns. Part-way
 * through, that Meilisearch is SIGKILLed: every write must still succeed,
 * and search must answer from Postgres (`degraded: true`) with the same
 * permissions. Then it is restarted on the same data directory and port, the
 * outbox drains, and the annotations index must hold exactly what Postgres
 * says: the same ids (deleted ones absent) and the same indexed fields.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionUser } from '../auth/current-user';
import { createAnnotation } from '../annotations/create-annotation';
import { createReply } from '../annotations/create-reply';
import { deleteAnnotation } from '../annotations/delete-annotation';
import { ARTICLE_TEXT, makeArticle, makeGroup, makeUser, selectorFor } from '../annotations/test-fixtures';
import { updateAnnotation } from '../annotations/update-annotation';
import { prisma } from '../db';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from '../services/embedded-meilisearch';
import { annotationDocumentsFromRows, annotationSelect, type AnnotationDocument } from './build-documents';
import { quoteFilterValue } from './filter-value';
import { ensureIndexSettings } from './index-settings';
import { createMeiliClient, indexNames } from './meili-client';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker';
import { searchVisibleTo } from './search';
import { uniqueWord } from './search-fixtures';
import { freePort } from '../services/ports';

const names = indexNames(`${uniqueWord('kill')}_`);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gloss-meili-kill-'));
const OPS_PER_WRITER = 45;
const QUOTES = ['climate', 'warming', 'Scientists', 'cause', 'dispute', 'numbers', 'data', 'Policy', 'evidence'];
const TAGS = ['energy', 'policy', 'method', 'Data Quality', 'sources', 'follow-up'];
const VISIBILITIES = ['PRIVATE', 'GROUP', 'PUBLIC'] as const;

let meili: EmbeddedMeilisearchHandle | undefined;
let worker: OutboxWorker | undefined;
let port = 0;


/** A small seeded PRNG, so a failing run can be replayed with the same operations. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true or the (generous) deadline passes. */
async function waitFor(check: () => Promise<boolean>, deadlineMs: number) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await sleep(250);
  }
  return check();
}

const client = () => createMeiliClient({ host: meili!.host, apiKey: meili!.masterKey, timeout: 5_000 });

beforeAll(async () => {
  port = await freePort();
  meili = await startEmbeddedMeilisearch({ dataDir, port });
  await ensureIndexSettings(client(), names);
});

afterAll(async () => {
  await worker?.stop();
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Own {
  id: string;
  version: number;
  isRoot: boolean;
  isClaim: boolean;
}

it('keeps every write and ends with an index equal to Postgres after Meilisearch is SIGKILLed mid-load', async () => {
  const [ana, ben, cyd, dee] = await Promise.all(['kill-ana', 'kill-ben', 'kill-cyd', 'kill-dee'].map((l) => makeUser(l)));
  const outsider = await makeUser('kill-outsider');
  const groupId = await makeGroup([[ana, 'OWNER'], [ben, 'MEMBER'], [cyd, 'MEMBER'], [dee, 'MEMBER']]);
  const { articleId } = await makeArticle();

  // The worker the app runs (instrumentation.ts), pointed at this test's Meilisearch.
  // Its client keeps the dead host: the restarted server listens on the same port.
  worker = startOutboxWorker({ client: createMeiliClient({ host: meili!.host, apiKey: meili!.masterKey, timeout: 5_000 }), names, pollMs: 200, log: () => {} });

  const sharedClaims: string[] = [];
  for (const quote of ['climate', 'evidence']) {
    const claim = await createAnnotation(dee, {
      articleId, selector: selectorFor(quote), body: `Shared claim on ${quote}`, visibility: 'PUBLIC', isClaim: true, claimStatement: `About ${quote}`,
    });
    sharedClaims.push(claim.id);
  }
  const failures: string[] = [];
  let opsDone = 0;
  const total = OPS_PER_WRITER * 4;

  async function write(user: SessionUser, seed: number) {
    const random = seeded(seed);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const own: Own[] = [];
    for (let i = 0; i < OPS_PER_WRITER; i++) {
      const roll = random();
      const op = own.length < 3 || roll < 0.4 ? 'create' : roll < 0.6 ? 'reply' : roll < 0.85 ? 'edit' : 'delete';
      try {
        if (op === 'create') {
          const visibility = pick(VISIBILITIES);
          const isClaim = random() < 0.2;
          const view = await createAnnotation(user, {
            articleId,
            selector: selectorFor(pick(QUOTES), ARTICLE_TEXT),
            body: `${user.name} note ${i} ${uniqueWord('w')}`,
            tags: random() < 0.6 ? [pick(TAGS), pick(TAGS)] : [],
            visibility,
            groupId: visibility === 'GROUP' ? groupId : undefined,
            isClaim,
            claimStatement: isClaim ? `Claim ${uniqueWord('c')}` : undefined,
          });
          own.push({ id: view.id, version: view.version, isRoot: true, isClaim });
        } else if (op === 'reply') {
          // Reply to one of one's own live threads or to a shared public claim
          // nobody edits or deletes (others' threads may vanish mid-reply).
          const roots = [...own.filter((o) => o.isRoot), ...sharedClaims.map((id) => ({ id, isClaim: true }))];
          const root = pick(roots);
          const view = await createReply(user, root.id, {
            body: `${user.name} reply ${i} ${uniqueWord('r')}`,
            stance: root.isClaim && random() < 0.6 ? pick(['SUPPORTS', 'DISPUTES', 'QUESTION'] as const) : null,
            tags: random() < 0.3 ? [pick(TAGS)] : [],
          });
          own.push({ id: view.id, version: view.version, isRoot: false, isClaim: false });
        } else if (op === 'edit') {
          const target = pick(own);
          const visibility = pick(VISIBILITIES);
          const view = await updateAnnotation(user, target.id, {
            version: target.version,
            body: `${user.name} edited ${i} ${uniqueWord('e')}`,
            tags: [pick(TAGS)],
            // Visibility belongs to thread roots; changing it re-scopes every reply in the thread.
            ...(target.isRoot ? { visibility, groupId: visibility === 'GROUP' ? groupId : null } : {}),
          });
          target.version = view.version;
        } else {
          const target = own.splice(Math.floor(random() * own.length), 1)[0];
          await deleteAnnotation(user, target.id);
        }
      } catch (e) {
        failures.push(`${user.name} ${op}: ${(e as Error).message}`);
      }
      opsDone++;
      // Yield so the four writers, the worker and the killer interleave.
      await sleep(random() * 20);
    }
  }

  const writers = Promise.all([ana, ben, cyd, dee].map((u, n) => write(u, 1000 + n)));

  // Part-way through the load: SIGKILL, no chance to flush or finish a task.
  expect(await waitFor(async () => opsDone >= total * 0.3, 120_000)).toBe(true);
  process.kill(meili!.pid, 'SIGKILL');
  await waitFor(async () => (await fetch(`${meili!.host}/health`).then(() => false, () => true)), 10_000);
  const dead = createMeiliClient({ host: meili!.host, apiKey: meili!.masterKey, timeout: 1_000 });

  // Meanwhile search answers from Postgres, with the same permissions.
  const secret = uniqueWord('private');
  const members = uniqueWord('members');
  const everyone = uniqueWord('public');
  await createAnnotation(ana, { articleId, selector: selectorFor('climate'), body: `only ana ${secret}`, visibility: 'PRIVATE' });
  await createAnnotation(ana, { articleId, selector: selectorFor('data'), body: `the group ${members}`, visibility: 'GROUP', groupId });
  await createAnnotation(ben, { articleId, selector: selectorFor('cause'), body: `anyone ${everyone}`, visibility: 'PUBLIC' });
  const found = async (user: SessionUser | null, q: string) => {
    const res = await searchVisibleTo(user, { q, type: 'annotation' }, { client: dead, names });
    expect(res.degraded, `search for ${q} should be degraded`).toBe(true);
    return res.hits.length;
  };
  expect(await found(ana, secret)).toBe(1);
  expect(await found(ben, secret)).toBe(0);
  expect(await found(null, secret)).toBe(0);
  expect(await found(cyd, members)).toBe(1);
  expect(await found(outsider, members)).toBe(0);
  expect(await found(null, members)).toBe(0);
  expect(await found(outsider, everyone)).toBe(1);
  expect(await found(null, everyone)).toBe(1);

  // The writers keep going while it is down, then it comes back on the same data and port.
  expect(await waitFor(async () => opsDone >= total * 0.65, 120_000)).toBe(true);
  const pendingWhileDown = await prisma.outboxEvent.count({ where: { processedAt: null } });
  meili = await startEmbeddedMeilisearch({ dataDir, port });
  await writers;
  expect(failures).toEqual([]);
  expect(opsDone).toBe(total);
  expect(pendingWhileDown).toBeGreaterThan(0);

  // Drain: no unprocessed event left and Meilisearch idle (generous deadline, no timing asserted).
  const drained = await waitFor(async () => {
    if ((await prisma.outboxEvent.count({ where: { processedAt: null } })) > 0) return false;
    const busy = await client().tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
    return busy.results.length === 0;
  }, 180_000);
  expect(drained).toBe(true);

  const indexed = await client()
    .index<AnnotationDocument>(names.annotations)
    .getDocuments({ filter: `articleId = ${quoteFilterValue(articleId)}`, limit: 10_000 });
  const rows = await prisma.annotation.findMany({ where: { articleId }, select: annotationSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));

  // Independently of the worker's document builder: what Postgres says must be searchable.
  const shouldBeIndexed = rows.filter((r) => {
    const rootId = r.rootId ?? r.parentId;
    return !r.deletedAt && !r.hiddenAt && (!rootId || (byId.has(rootId) && !byId.get(rootId)!.hiddenAt));
  });
  expect(rows.some((r) => r.deletedAt)).toBe(true); // the load really deleted things
  expect(rows.some((r) => r.parentId)).toBe(true); // and replied
  const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  expect(indexed.results.map((d) => d.id).sort()).toEqual(shouldBeIndexed.map((r) => r.id).sort());
  const essentials = (d: { id: string; body: string | null; tags: string[]; visibility: string; groupId: string | null; rootId: string | null; authorId: string; stance: string | null }) => ({
    id: d.id, body: d.body, tags: [...d.tags].sort(), visibility: d.visibility, groupId: d.groupId, rootId: d.rootId, authorId: d.authorId, stance: d.stance,
  });
  const expectedEssentials = shouldBeIndexed.map((r) => {
    const rootId = r.rootId ?? r.parentId;
    const scope = rootId ? byId.get(rootId)! : r;
    return {
      id: r.id, body: r.body, tags: r.tags.map((t) => t.tag.name).sort(), visibility: scope.visibility,
      groupId: scope.visibility === 'GROUP' ? scope.groupId : null, rootId: rootId ?? null, authorId: r.authorId, stance: r.stance,
    };
  });
  expect(sortById(indexed.results.map(essentials))).toEqual(sortById(expectedEssentials));
  // And every indexed field, as the document builder would write it from Postgres now.
  const { upsert } = await annotationDocumentsFromRows(rows);
  expect(sortById(indexed.results.map((d) => ({ ...d, tags: [...d.tags].sort(), tagKeys: [...d.tagKeys].sort() })))).toEqual(
    sortById(upsert.map((d) => ({ ...d, tags: [...d.tags].sort(), tagKeys: [...d.tagKeys].sort() }))),
  );
}, 400_000);
