/**
 * The article API route handlers, called directly with real Requests against
 * the real database. Who is signed in is decided by lib/auth (its own tests
 * cover sessions and tokens), so here `requireUser`/`getCurrentUser` are
 * replaced by a switchable test user.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { disconnectDb, prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/current-user';

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => auth.user,
  requireUser: async () => {
    if (!auth.user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
    return auth.user;
  },
}));

const { POST } = await import('./route');
const { GET } = await import('./[id]/route');

const post = (body: string) => POST(new Request('http://localhost/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
const get = (id: string) => GET(new Request(`http://localhost/api/articles/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  const u = await prisma.user.create({ data: { email: `api-${randomUUID().slice(0, 8)}@test.local`, name: 'API' } });
  auth.user = { id: u.id, email: u.email, name: u.name };
});
afterAll(disconnectDb);

describe('POST /api/articles', () => {
  it('imports content: 201 then 200 when unchanged', async () => {
    const body = JSON.stringify({ title: `API article ${randomUUID()}`, format: 'markdown', content: '# Hello\n\nSome **text**.' });
    const res = await post(body);
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json).toMatchObject({ status: 'created', slug: expect.stringMatching(/^api-article-/) });
    const again = await post(body);
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe('unchanged');

    const got = await get(json.id);
    expect(got.status).toBe(200);
    const article = await got.json();
    expect(article.revision.text).toBe('Hello\n\nSome text.');
    expect(article.revision.passages).toEqual([
      { id: expect.any(String), ordinal: 0, start: 0, end: 5 },
      { id: expect.any(String), ordinal: 1, start: 7, end: 17 },
    ]);
  });

  it('answers 422 with a message for bad JSON or the wrong shape', async () => {
    for (const body of ['{not json', '{"format":"pdf","content":"x"}', '{"url": 5}', '[]', '{"url":"https://e.com","extra":1}']) {
      const res = await post(body);
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/JSON|Send either/);
    }
    const badUrl = await post(JSON.stringify({ url: 'http://127.0.0.1/admin' }));
    expect(badUrl.status).toBe(422);
    expect((await badUrl.json()).error.message).toMatch(/only public web pages/);
  });

  it('answers 401 when nobody is signed in', async () => {
    const saved = auth.user;
    auth.user = null;
    try {
      expect((await post('{"url":"https://e.com"}')).status).toBe(401);
    } finally {
      auth.user = saved;
    }
  });
});

describe('GET /api/articles/:id', () => {
  it('answers 404 for an unknown id', async () => {
    const res = await get('no-such-article');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
