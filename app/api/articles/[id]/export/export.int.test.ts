/**
 * The Markdown export through its route handler, with real API tokens: it
 * holds exactly what the asker may read (never someone else's private note),
 * `scope=mine` narrows to their own threads, and bad input gets a readable error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { createReply } from '@/lib/annotations/create-reply';
import { makeArticle, makeUser, selectorFor } from '@/lib/annotations/test-fixtures';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { disconnectDb } from '@/lib/db';
import { GET } from './route';

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
let article: { articleId: string; slug: string };
let authorToken: string;
let readerToken: string;

beforeAll(async () => {
  const [author, reader] = await Promise.all([makeUser('export-author'), makeUser('export-reader')]);
  [authorToken, readerToken] = await Promise.all([createApiToken(author, 'export'), createApiToken(reader, 'export')].map(async (t) => (await t).secret));
  article = await makeArticle();
  const open = await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('climate'), visibility: 'PUBLIC', body: 'Public thought', tags: ['Warming'] });
  await createReply(reader, open.id, { body: 'Reader answer' });
  await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('data'), body: 'Secret thought' });
});
afterAll(disconnectDb);

async function exportAs(token: string | null, query = '') {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  return GET(new Request(`http://localhost:3000/api/articles/${article.articleId}/export${query}`, { headers }), ctx(article.articleId));
}

describe('GET /api/articles/:id/export', () => {
  it('gives the author everything they wrote and the replies, as a Markdown download', async () => {
    const res = await exportAs(authorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${article.slug}-annotations.md"`);
    const md = await res.text();
    expect(md).toContain('Public thought');
    expect(md).toContain('Secret thought');
    expect(md).toContain('Reader answer');
    expect(md).toContain('#warming');
  });

  it("never includes someone else's private note; scope=mine keeps only the asker's threads", async () => {
    const all = await (await exportAs(readerToken)).text();
    expect(all).toContain('Public thought');
    expect(all).not.toContain('Secret thought');
    const mine = await (await exportAs(readerToken, '?scope=mine')).text();
    expect(mine).toContain('0 threads');
    expect(mine).not.toContain('Public thought');
    const signedOut = await (await exportAs(null)).text();
    expect(signedOut).toContain('Public thought');
    expect(signedOut).not.toContain('Secret thought');
  });

  it('answers bad input with a readable JSON error', async () => {
    const mineSignedOut = await exportAs(null, '?scope=mine');
    expect(mineSignedOut.status).toBe(401);
    expect((await mineSignedOut.json()).error.message).toBe('Sign in to export your own annotations.');
    const badScope = await exportAs(authorToken, '?scope=everything');
    expect(badScope.status).toBe(422);
    expect((await badScope.json()).error.message).toContain('scope must be "all" or "mine".');
    const missing = await GET(new Request('http://localhost:3000/api/articles/nope/export'), ctx('nope'));
    expect(missing.status).toBe(404);
  });
});
