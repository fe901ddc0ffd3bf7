/**
 * importArticle against the real Postgres: create, unchanged, revised (with
 * passages and an outbox row written together), rollback on failure, and the
 * read side (getArticleById/BySlug, listArticles) over what was imported.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma, disconnectDb } from '../db';
import { getArticleById, getArticleBySlug } from './get-article';
import { importArticle } from './import-article';
import { listArticles } from './list-articles';

afterAll(disconnectDb);

const unique = () => randomUUID().slice(0, 8);

async function makeUser() {
  const email = `importer-${unique()}@test.local`;
  const u = await prisma.user.create({ data: { email, name: 'Importer' } });
  return { id: u.id, email: u.email, name: u.name };
}

async function outboxCount(articleId: string) {
  return prisma.outboxEvent.count({ where: { kind: 'article.upsert', entityId: articleId } });
}

describe('importArticle', () => {
  it('requires a signed-in user and valid input', async () => {
    await expect(importArticle(null, { kind: 'url', url: 'https://e.com' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const user = await makeUser();
    await expect(
      importArticle(user, { kind: 'content', format: 'markdown', content: 'x', title: 't'.repeat(301) }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('300 characters') });
    await expect(importArticle(user, { kind: 'content', format: 'html', content: '<script>x</script><p> </p>' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: "We couldn't find any article text in that page.",
    });
    await expect(importArticle(user, { kind: 'url', url: 'http://169.254.169.254/latest/' })).rejects.toThrow(/inside this server's network/);
  });

  it('creates, skips unchanged text and revises changed text', async () => {
    const user = await makeUser();
    const name = `notes-${unique()}.md`;
    const v1 = `---\ntitle: Tram Lines ${name}\nauthor: R. Ode\ndate: 2024-05-01\n---\n# Heading\n\nFirst paragraph with *style*.\n\n- one\n- two\n`;
    const created = await importArticle(user, { kind: 'content', format: 'markdown', content: v1, fileName: name });
    expect(created.status).toBe('created');
    expect(created.slug).toMatch(/^tram-lines-notes-/);
    expect(await outboxCount(created.articleId)).toBe(1);

    const article = await getArticleById(null, created.articleId);
    expect(article!.title).toBe(`Tram Lines ${name}`);
    expect(article!.byline).toBe('R. Ode');
    expect(article!.publishedAt?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(article!.revision.text).toBe('Heading\n\nFirst paragraph with style.\n\none\n\ntwo');
    expect(article!.revision.passages.map((p) => article!.revision.text.slice(p.start, p.end))).toEqual([
      'Heading',
      'First paragraph with style.',
      'one',
      'two',
    ]);
    expect((await getArticleBySlug(null, created.slug))!.id).toBe(created.articleId);

    const again = await importArticle(user, { kind: 'content', format: 'markdown', content: v1 + '\n\n', fileName: name });
    expect(again).toEqual({ ...created, status: 'unchanged' });
    expect(await prisma.articleRevision.count({ where: { articleId: created.articleId } })).toBe(1);
    expect(await outboxCount(created.articleId)).toBe(1);

    const revised = await importArticle(user, { kind: 'content', format: 'markdown', content: v1 + '\nA new closing line.\n', fileName: name });
    expect(revised.status).toBe('revised');
    expect(revised.articleId).toBe(created.articleId);
    expect(revised.slug).toBe(created.slug);
    expect(revised.revisionId).not.toBe(created.revisionId);
    const rev = await prisma.articleRevision.findUniqueOrThrow({ where: { id: revised.revisionId }, include: { passages: true } });
    expect(rev.number).toBe(2);
    expect(rev.passages).toHaveLength(5);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: created.articleId } })).currentRevisionId).toBe(revised.revisionId);
    expect(await outboxCount(created.articleId)).toBe(2);
    // The old revision and its passages stay for annotations made on it.
    expect(await prisma.passage.count({ where: { revisionId: created.revisionId } })).toBe(4);
  });

  it('gives colliding titles distinct slugs', async () => {
    const user = await makeUser();
    const title = `Same Title ${unique()}`;
    const a = await importArticle(user, { kind: 'content', format: 'text', content: 'Alpha text.', title });
    const b = await importArticle(user, { kind: 'content', format: 'text', content: 'Beta text.', title, fileName: 'other.txt' });
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug.startsWith(a.slug + '-')).toBe(true);
  });

  it('leaves nothing behind when the transaction fails midway', async () => {
    const user = await makeUser();
    const title = `Rollback ${unique()}`;
    const before = { articles: await prisma.article.count(), passages: await prisma.passage.count(), outbox: await prisma.outboxEvent.count() };
    await expect(
      importArticle(user, { kind: 'content', format: 'text', content: 'One.\n\nTwo.\n\nThree.', title }, {
        beforeCommit: async (tx) => {
          // Everything was written inside the transaction…
          expect(await tx.passage.count({ where: { revision: { article: { title } } } })).toBe(3);
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    // …and none of it survived.
    expect(await prisma.article.count({ where: { title } })).toBe(0);
    expect(await prisma.article.count()).toBe(before.articles);
    expect(await prisma.passage.count()).toBe(before.passages);
    expect(await prisma.outboxEvent.count()).toBe(before.outbox);
  });

  it('imports a web page by URL, keyed by its canonical URL', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const v = req.url?.includes('v2') ? 'Revised body. ' : '';
      res.end(`<!DOCTYPE html><html lang="en"><head><title>Fare Free Buses</title>
        <meta property="article:published_time" content="2022-09-01T08:00:00Z"><meta property="og:site_name" content="Transit Desk">
        <link rel="canonical" href="/story"></head><body><article><h1>Fare Free Buses</h1>
        <p>${v}${'Ridership rose 19 percent in the first year after fares were removed. '.repeat(8)}</p>
        <p onclick="x()">Second <a href="javascript:alert(1)">paragraph</a>.<script>alert(1)</script></p></article></body></html>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const hostPort = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const previous = process.env.GLOSS_IMPORT_ALLOW_HOSTS;
    process.env.GLOSS_IMPORT_ALLOW_HOSTS = hostPort;
    try {
      const user = await makeUser();
      const r1 = await importArticle(user, { kind: 'url', url: `http://${hostPort}/story?utm_source=x&k=${unique()}` });
      expect(r1.status).toBe('created');
      const a = (await getArticleById(user, r1.articleId))!;
      expect(a.siteName).toBe('Transit Desk');
      expect(a.language).toBe('en');
      expect(a.canonicalUrl).toBe(`http://${hostPort}/story`);
      expect(a.revision.html).not.toMatch(/script|onclick|javascript:/);
      expect(a.revision.text).toContain('Second paragraph.');
      const r2 = await importArticle(user, { kind: 'url', url: `http://${hostPort}/story?v2=1` });
      // Same canonical URL: the same article, revised.
      expect(r2).toMatchObject({ status: 'revised', articleId: r1.articleId });
      const list = await listArticles(null, { page: 1, pageSize: 100 });
      expect(list.items.find((i) => i.id === r1.articleId)?.readingMinutes).toBe(1);
    } finally {
      process.env.GLOSS_IMPORT_ALLOW_HOSTS = previous;
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('read side', () => {
  it('lists newest first with paging and honours GLOSS_REQUIRE_SIGN_IN', async () => {
    const user = await makeUser();
    const t = unique();
    await importArticle(user, { kind: 'content', format: 'text', content: 'Older.', title: `Older ${t}` });
    await importArticle(user, { kind: 'content', format: 'text', content: 'Newer.', title: `Newer ${t}` });
    const page = await listArticles(null, { page: 1, pageSize: 2 });
    expect(page.items.map((i) => i.title)).toEqual([`Newer ${t}`, `Older ${t}`]);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.pageCount).toBe(Math.ceil(page.total / 2));
    expect((await listArticles(null, { page: 999999, pageSize: 2 })).page).toBe(page.pageCount);
    expect(await getArticleBySlug(null, `missing-${t}`)).toBeNull();

    process.env.GLOSS_REQUIRE_SIGN_IN = '1';
    try {
      await expect(listArticles(null, {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      await expect(getArticleBySlug(null, 'x')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      expect((await listArticles(user, { pageSize: 1 })).items).toHaveLength(1);
    } finally {
      delete process.env.GLOSS_REQUIRE_SIGN_IN;
    }
  });
});
