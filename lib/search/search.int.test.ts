/**
 * Search against the real Postgres and Meilisearch: indexing through the
 * outbox, typo tolerance, filters, permissions (by every route a query can
 * take), the HTTP route, the Postgres fallback and reindexing without outage.
 * Uses its own index prefix so it never disturbs other tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/search/route';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { ensureIndexSettings } from './index-settings';
import { createMeiliClient, indexNames } from './meili-client';
import { applyOutboxEvents } from './apply-outbox-events';
import { drainOutbox, startOutboxWorker } from './outbox-worker';
import { reindexAll } from './reindex';
import { searchVisibleTo, type SearchRequest } from './search';
import {
  createTestAnnotation, createTestArticle, createTestGroup, createTestUser, deleteTestAnnotation, reviseTestArticle, uniqueWord,
} from './search-fixtures';

const names = indexNames(`t${uniqueWord('')}_`);
const client = createMeiliClient();
const dead = createMeiliClient({ host: 'http://127.0.0.1:59999', timeout: 1_000 });
const search = (user: SessionUser | null, req: SearchRequest) => searchVisibleTo(user, req, { client, names });
const fallback = (user: SessionUser | null, req: SearchRequest) => searchVisibleTo(user, req, { client: dead, names });
const asUser = (u: { id: string; email: string; name: string | null }): SessionUser => ({ id: u.id, email: u.email, name: u.name });

const words = {
  private: uniqueWord('priv'),
  group: uniqueWord('grp'),
  reply: uniqueWord('rep'),
  tag: uniqueWord('tag'),
  deleted: uniqueWord('del'),
  old: uniqueWord('old'),
  fresh: uniqueWord('new'),
};
let owner: SessionUser, member: SessionUser, stranger: SessionUser;
let article: Awaited<ReturnType<typeof createTestArticle>>;
let privateNote: { id: string }, groupNote: { id: string }, publicNote: { id: string }, privateReply: { id: string };
let group: { id: string };

async function drain() {
  const r = await drainOutbox({ client, names });
  expect(r.error).toBeUndefined();
}

beforeAll(async () => {
  await ensureIndexSettings(client, names);
  owner = asUser(await createTestUser('Olive Owner'));
  member = asUser(await createTestUser('Mel Member'));
  stranger = asUser(await createTestUser('Stan Stranger'));
  group = await createTestGroup(owner.id, [member.id]);
  article = await createTestArticle('Urban congestion pricing', [
    'Congestion pricing charges drivers for using busy roads at peak hours.',
    'Induced demand means new lanes fill up again within a few years.',
    'Cities such as Stockholm saw traffic fall by a fifth after the charge began.',
  ]);
  privateNote = await createTestAnnotation({
    articleId: article.id, authorId: owner.id, visibility: 'PRIVATE', body: `My secret thought ${words.private}`,
    quote: `Induced demand ${words.private}`, tags: [words.tag + 'x'],
  });
  groupNote = await createTestAnnotation({ articleId: article.id, authorId: owner.id, visibility: 'GROUP', groupId: group.id, body: `For the club ${words.group}` });
  publicNote = await createTestAnnotation({
    articleId: article.id, authorId: owner.id, visibility: 'PUBLIC', body: 'Stockholm is the classic example', tags: [words.tag],
    isClaim: true, claimStatement: 'Pricing reduces traffic', stance: 'SUPPORTS',
  });
  privateReply = await createTestAnnotation({ articleId: article.id, authorId: member.id, parentId: privateNote.id, visibility: 'PUBLIC', body: `Reply ${words.reply}` });
  await createTestAnnotation({ articleId: article.id, authorId: member.id, parentId: publicNote.id, body: 'Agreed, see London too' });
  await drain();
});

afterAll(async () => {
  await client.deleteIndexIfExists(names.passages);
  await client.deleteIndexIfExists(names.annotations);
});

describe('indexing through the outbox', () => {
  it('indexes passages with an url to the passage and a highlighted snippet', async () => {
    const r = await search(null, { q: 'Stockholm traffic', type: 'passage' });
    const hit = r.hits.find((h) => h.articleId === article.id);
    expect(hit?.url).toBe(`/articles/${article.slug}#p-2`);
    expect(hit?.snippet).toContain('<mark>Stockholm</mark>');
    expect(r.degraded).toBe(false);
  });
  it('marks every event processed', async () => {
    expect(await prisma.outboxEvent.count({ where: { processedAt: null } })).toBe(0);
  });
  it('is typo tolerant', async () => {
    const r = await search(null, { q: 'congestoin', type: 'passage' });
    expect(r.hits.some((h) => h.articleId === article.id)).toBe(true);
  });
  it('filters by tag and excludes tags', async () => {
    const r = await search(null, { q: `tag:${words.tag}` });
    expect(r.hits.map((h) => h.id)).toEqual([publicNote.id]);
    expect(r.hits[0].url).toBe(`/articles/${article.slug}#a-${publicNote.id}`);
    const none = await search(null, { q: `Stockholm tag:${words.tag} -tag:${words.tag}` });
    expect(none.hits).toEqual([]);
  });
  it('filters claims by stance and returns facets', async () => {
    const r = await search(null, { q: `article:${article.slug} is:claim stance:supports` });
    expect(r.hits.map((h) => h.id)).toEqual([publicNote.id]);
    expect(r.facets.type).toEqual({ annotation: 1 });
    const d = await search(null, { q: `article:${article.slug} stance:disputes` });
    expect(d.hits).toEqual([]);
  });
  it('separates replies from annotations', async () => {
    const r = await search(null, { q: 'London', type: 'reply' });
    expect(r.hits.some((h) => h.type === 'reply' && h.articleId === article.id)).toBe(true);
    const a = await search(null, { q: 'London', type: 'annotation' });
    expect(a.hits.some((h) => h.articleId === article.id)).toBe(false);
  });
  it('replaces an article’s passages when it gets a new revision', async () => {
    const other = await createTestArticle('Revised piece', [`First version ${words.old}.`]);
    await drain();
    expect((await search(null, { q: words.old })).hits).toHaveLength(1);
    await reviseTestArticle(other.id, ['Second version.', `A fresh paragraph ${words.fresh}.`]);
    await drain();
    expect((await search(null, { q: words.old })).hits).toHaveLength(0);
    expect((await search(null, { q: words.fresh })).hits[0]?.url).toBe(`/articles/${other.slug}#p-1`);
  });
  it('removes deleted annotations', async () => {
    const note = await createTestAnnotation({ articleId: article.id, authorId: owner.id, body: `Soon gone ${words.deleted}` });
    await drain();
    expect((await search(owner, { q: words.deleted })).hits.map((h) => h.id)).toEqual([note.id]);
    await deleteTestAnnotation(note.id);
    await drain();
    expect((await search(owner, { q: words.deleted })).hits).toEqual([]);
  });
  it('wakes the worker on NOTIFY', async () => {
    const worker = startOutboxWorker({ client, names, pollMs: 600_000, log: () => {} });
    try {
      const word = uniqueWord('live');
      await worker.listening;
      await createTestAnnotation({ articleId: article.id, authorId: owner.id, body: `Live ${word}` });
      let found = 0;
      for (let i = 0; i < 300 && !found; i++) {
        found = (await search(null, { q: word })).hits.length;
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});

describe('permissions', () => {
  const privateQueries = () => [
    words.private, `"secret thought ${words.private}"`, `quote:"${words.private}"`, `user:"Olive Owner" ${words.private}`,
    `user:${owner.id}`, `tag:${words.tag}x`, `article:${article.slug} ${words.private}`, 'secret',
  ];
  for (const [label, run] of [['Meilisearch', search], ['Postgres fallback', fallback]] as const) {
    describe(label, () => {
      it('lets the author find their private annotation', async () => {
        const r = await run(owner, { q: words.private });
        expect(r.hits.map((h) => h.id)).toContain(privateNote.id);
        expect(r.degraded).toBe(label !== 'Meilisearch');
      });
      it('finds it through quote: and user: filters too', async () => {
        expect((await run(owner, { q: `quote:"${words.private}"` })).hits.map((h) => h.id)).toEqual([privateNote.id]);
        expect((await run(owner, { q: `user:"olive owner" ${words.private}` })).hits.map((h) => h.id)).toEqual([privateNote.id]);
        expect((await run(owner, { q: `user:me ${words.private}` })).hits.map((h) => h.id)).toEqual([privateNote.id]);
      });
      it('never shows a private annotation to anyone else, by any query', async () => {
        for (const who of [null, member, stranger]) {
          for (const q of privateQueries()) {
            for (const type of ['all', 'annotation'] as const) {
              const r = await run(who, { q, type });
              expect(r.hits.map((h) => h.id), `${who?.name ?? 'signed out'}: ${q}`).not.toContain(privateNote.id);
            }
          }
        }
      });
      it('hides a public reply in a private thread from everyone but the thread’s readers', async () => {
        expect((await run(stranger, { q: words.reply })).hits).toEqual([]);
        expect((await run(null, { q: words.reply })).hits).toEqual([]);
        expect((await run(owner, { q: words.reply })).hits.map((h) => h.id)).toEqual([privateReply.id]);
        // The reply's own author sees what they wrote.
        expect((await run(member, { q: words.reply })).hits.map((h) => h.id)).toEqual([privateReply.id]);
      });
      it('shows group annotations to members only', async () => {
        expect((await run(member, { q: words.group })).hits.map((h) => h.id)).toEqual([groupNote.id]);
        expect((await run(stranger, { q: words.group })).hits).toEqual([]);
        expect((await run(null, { q: `${words.group} group:${groupNote.id}` })).hits).toEqual([]);
      });
    });
  }
});

describe('on both paths', () => {
  for (const [label, run] of [['Meilisearch', search], ['Postgres fallback', fallback]] as const) {
    it(`${label}: filters by date`, async () => {
      const hit = (r: Awaited<ReturnType<typeof run>>) => r.hits.some((h) => h.articleId === article.id);
      expect(hit(await run(null, { q: 'Stockholm since:2000-01-01' }))).toBe(true);
      expect(hit(await run(null, { q: 'Stockholm before:2000-01-01' }))).toBe(false);
    });
    it(`${label}: hides passages from signed-out people when sign-in is required`, async () => {
      process.env.GLOSS_REQUIRE_SIGN_IN = '1';
      try {
        expect((await run(null, { q: 'Stockholm', type: 'passage' })).hits).toEqual([]);
        expect((await run(stranger, { q: 'Stockholm', type: 'passage' })).hits.length).toBeGreaterThan(0);
      } finally {
        delete process.env.GLOSS_REQUIRE_SIGN_IN;
      }
    });
  }
});

describe('without facets (the header’s type-ahead)', () => {
  for (const [label, run] of [['Meilisearch', search], ['Postgres fallback', fallback]] as const) {
    it(`${label}: answers the same hits and no facet counts`, async () => {
      const q = `article:${article.slug} Stockholm`;
      const [withFacets, without] = [await run(owner, { q }), await run(owner, { q, facets: false })];
      expect(withFacets.facets.type).toBeDefined();
      expect(without.facets).toEqual({});
      expect(without.hits.map((h) => h.id)).toEqual(withFacets.hits.map((h) => h.id));
      expect(without.total).toBe(withFacets.total);
    });
  }
});

describe('Postgres fallback', () => {
  it('answers with passages and a safe snippet, flagged degraded', async () => {
    const r = await fallback(null, { q: 'Stockholm' });
    expect(r.degraded).toBe(true);
    const hit = r.hits.find((h) => h.articleId === article.id && h.type === 'passage');
    expect(hit?.snippet).toContain('<mark>Stockholm</mark>');
    expect(hit?.url).toMatch(new RegExp(`^/articles/${article.slug}#p-\\d+$`));
  });
  it('counts the same facets as Meilisearch, within the asker’s permissions', async () => {
    // Its own article, indexed directly: other test files drain the shared outbox too (into their
    // own indexes, or rescheduled by a dead client), so an event may not reach this file's indexes in time.
    const tag = uniqueWord('ftag');
    const parity = await createTestArticle('Facet parity', ['Ferries cross the harbour.', 'Ferries run late in winter.']);
    const secret = await createTestAnnotation({ articleId: parity.id, authorId: owner.id, visibility: 'PRIVATE', body: 'Mine', tags: [tag + 'x'] });
    await createTestAnnotation({ articleId: parity.id, authorId: owner.id, visibility: 'GROUP', groupId: group.id, body: 'Ours', tags: [tag] });
    const open = await createTestAnnotation({
      articleId: parity.id, authorId: owner.id, body: 'Everyone’s', tags: [tag, tag + 'y'], isClaim: true, claimStatement: 'Ferries matter', stance: 'SUPPORTS',
    });
    await createTestAnnotation({ articleId: parity.id, authorId: member.id, parentId: secret.id, body: 'A reply in a private thread' });
    await createTestAnnotation({ articleId: parity.id, authorId: stranger.id, parentId: open.id, body: 'A public reply' });
    await applyOutboxEvents(client, names, [{ id: 0n, kind: 'article.upsert', entityId: parity.id }]);

    // Facets with no values may be absent on one path and {} on the other: compare what has values.
    const nonEmpty = (f: Record<string, Record<string, number>>) => Object.fromEntries(Object.entries(f).filter(([, v]) => Object.keys(v).length > 0));
    for (const who of [owner, member, stranger, null]) {
      for (const q of [`article:${parity.slug}`, `article:${parity.slug} ferries`, `tag:${tag}`, `article:${parity.slug} is:claim`]) {
        const [meili, pg] = [await search(who, { q }), await fallback(who, { q })];
        expect(pg.degraded).toBe(true);
        expect(nonEmpty(pg.facets), `${who?.name ?? 'signed out'}: ${q}`).toEqual(nonEmpty(meili.facets));
      }
    }
    expect((await fallback(stranger, { q: `article:${parity.slug}` })).facets.tags).toEqual({ [tag]: 1, [tag + 'y']: 1 });
  });
  it('never counts what the asker may not read in its facets', async () => {
    const q = `article:${article.slug}`;
    const strangers = (await fallback(stranger, { q })).facets;
    expect(strangers.type.passage).toBe(3);
    expect(Object.keys(strangers.tags)).toEqual([words.tag]);
    expect(strangers.groupId).toEqual({});
    const owners = (await fallback(owner, { q })).facets;
    expect(owners.tags).toEqual({ [words.tag]: 1, [words.tag + 'x']: 1 });
    expect(owners.groupId).toEqual({ [group.id]: 1 });
    expect(owners.authorName['Olive Owner']).toBeGreaterThanOrEqual(3);
    expect(owners.articleTitle[article.title]).toBe(Object.values(owners.type).reduce((a, b) => a + b, 0));
    // The member reads the group note and the reply they wrote in the private thread, not the private note.
    const members = (await fallback(member, { q })).facets;
    expect(members.groupId).toEqual({ [group.id]: 1 });
    expect(members.tags[words.tag + 'x']).toBeUndefined();
  });
  it('keeps total and facets on a page past the end', async () => {
    const r = await fallback(null, { q: `article:${article.slug}`, offset: 1000 });
    expect(r.hits).toEqual([]);
    expect(r.total).toBeGreaterThan(0);
    expect(r.facets.type.passage).toBe(3);
  });
  it('recovers by itself: a healthy client is used as soon as it answers', async () => {
    expect((await search(null, { q: 'Stockholm' })).degraded).toBe(false);
  });
});

describe('GET /api/search', () => {
  it('answers JSON hits', async () => {
    const prefix = process.env.GLOSS_MEILI_INDEX_PREFIX;
    process.env.GLOSS_MEILI_INDEX_PREFIX = names.passages.slice(0, -'passages'.length);
    try {
      const res = await GET(new Request('http://localhost/api/search?q=stockholm%20tarffic&type=passage&limit=5'));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.degraded).toBe(false);
      expect(body.hits[0]).toMatchObject({ type: 'passage', articleId: article.id, url: `/articles/${article.slug}#p-2` });
      expect(typeof body.tookMs).toBe('number');
    } finally {
      if (prefix === undefined) delete process.env.GLOSS_MEILI_INDEX_PREFIX;
      else process.env.GLOSS_MEILI_INDEX_PREFIX = prefix;
    }
  });
  it('explains a malformed query with 422', async () => {
    const res = await GET(new Request('http://localhost/api/search?q=since:yesterday'));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toBe('since: expects a date like 2026-01-31.');
  });
  it('leaves facets out when asked, and explains a bad facets value', async () => {
    const prefix = process.env.GLOSS_MEILI_INDEX_PREFIX;
    process.env.GLOSS_MEILI_INDEX_PREFIX = names.passages.slice(0, -'passages'.length);
    try {
      const res = await GET(new Request('http://localhost/api/search?q=stockholm&facets=false'));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.facets).toEqual({});
      expect(body.hits.length).toBeGreaterThan(0);
      const bad = await GET(new Request('http://localhost/api/search?q=stockholm&facets=maybe'));
      expect(bad.status).toBe(422);
      expect((await bad.json()).error.message).toBe('facets must be true or false.');
    } finally {
      if (prefix === undefined) delete process.env.GLOSS_MEILI_INDEX_PREFIX;
      else process.env.GLOSS_MEILI_INDEX_PREFIX = prefix;
    }
  });
  it('refuses a limit over 50', async () => {
    const res = await GET(new Request('http://localhost/api/search?q=a&limit=51'));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/at most 50/);
  });
});

describe('reindex', () => {
  it('rebuilds the indexes while searches keep answering', { timeout: 180_000 }, async () => {
    let stop = false;
    const answers: number[] = [];
    const searching = (async () => {
      while (!stop) {
        const r = await search(null, { q: 'Stockholm', type: 'passage' });
        expect(r.degraded).toBe(false);
        answers.push(r.hits.filter((h) => h.articleId === article.id).length);
      }
    })();
    // Small batches so searches run between them; the shared test database holds other tests' articles too.
    const counts = await reindexAll({ client, names, batchSize: 200 });
    stop = true;
    await searching;
    expect(counts.passages).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((n) => n === 1)).toBe(true);
    expect((await search(null, { q: words.fresh })).hits).toHaveLength(1);
    expect((await search(owner, { q: words.private })).hits.map((h) => h.id)).toContain(privateNote.id);
    const indexes = (await client.getIndexes({ limit: 1000 })).results.map((i) => i.uid);
    expect(indexes.filter((uid) => uid.startsWith(names.passages))).toEqual([names.passages]);
  });
});
