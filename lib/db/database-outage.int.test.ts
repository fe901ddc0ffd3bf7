/**
 * PostgreSQL stopped under traffic: requests in between get a clear 503 (not
 * a hang, not a stack trace), nothing half-written appears, and once it is
 * back the same app process recovers by itself. Runs against its own
 * embedded PostgreSQL so the shared test database stays up.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { GET as health } from '@/app/api/health/route';
import { importArticle } from '../articles/import-article';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../services/embedded-postgres';
import { disconnectDb, prisma } from '../db';
import { migrate } from './migrate';
import { freePort } from '../services/ports';

const savedUrl = process.env.DATABASE_URL;
let dir = '';
let port = 0;
let pg: EmbeddedPostgresHandle;


beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gloss-outage-'));
  chmodSync(dir, 0o755); // the embedded Postgres runs as another user
  port = await freePort();
  pg = await startEmbeddedPostgres({ dataDir: dir, port });
  await migrate(pg.url);
  await disconnectDb();
  process.env.DATABASE_URL = pg.url;
}, 60_000);

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = savedUrl;
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const read = (id: string) => getArticle(new Request(`http://localhost/api/articles/${id}`), { params: Promise.resolve({ id }) });

describe('a database outage', () => {
  it('answers 503 while PostgreSQL is down and recovers when it is back', { timeout: 120_000 }, async () => {
    const user = await prisma.user.create({ data: { email: `outage-${port}@example.test`, name: 'Outage' } });
    const who = { id: user.id, email: user.email, name: user.name };
    const article = await importArticle(who, { kind: 'content', title: 'Outage test', format: 'text', content: 'Before the outage.' });
    expect((await read(article.articleId)).status).toBe(200);

    await pg.stop();
    const started = Date.now();
    const during = await read(article.articleId);
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({
      error: { code: 'UNAVAILABLE', message: 'The database is unavailable right now. Please try again in a moment.' },
    });
    expect(during.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeLessThan(30_000); // bounded by the pool's connect timeout, not a hang
    expect((await health()).status).toBe(503);
    const write = await importArticle(who, { kind: 'content', title: 'During the outage', format: 'text', content: 'Lost?' }).catch((e) => e);
    expect(write).toBeInstanceOf(Error);

    pg = await startEmbeddedPostgres({ dataDir: dir, port });
    const after = await read(article.articleId);
    expect(after.status).toBe(200);
    expect((await after.json()).revision.text).toBe('Before the outage.');
    expect(await prisma.article.count({ where: { title: 'During the outage' } })).toBe(0);
    expect((await health()).status).toBe(200);
  });
});
