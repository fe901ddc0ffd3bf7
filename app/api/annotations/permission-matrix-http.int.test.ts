/**
 * The permission matrix through the real API: route handlers called with
 * real requests, each viewer identified by a real API token (signed-out: no
 * token). visibility (only me / group / public) x viewer (author / member /
 * moderator / outsider / signed out) x action (read / reply / edit / delete /
 * live over the SSE route / search through GET /api/search). The expected
 * table is shared with the data-layer test (permission-matrix-expected.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as sse } from '@/app/api/articles/[id]/events/route';
import { DELETE as remove, GET as read, PATCH as patch } from '@/app/api/annotations/[id]/route';
import { POST as reply } from '@/app/api/annotations/[id]/replies/route';
import { POST as create } from '@/app/api/annotations/route';
import { GET as search } from '@/app/api/search/route';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { expected, WHO, type Who } from '@/lib/annotations/permission-matrix-expected';
import { makeArticle, makeGroup, makeUser, selectorFor } from '@/lib/annotations/test-fixtures';
import { disconnectDb } from '@/lib/db';
import { closeLiveHub } from '@/lib/live/live-hub';
import { createMeiliClient } from '@/lib/search/meili-client';
import { ensureIndexSettings } from '@/lib/search/index-settings';
import { drainOutbox } from '@/lib/search/outbox-worker';

const BASE = 'http://localhost';
let tokens: Record<Who, string | null>;
let groupId: string;

beforeAll(async () => {
  const people = await Promise.all((['author', 'member', 'moderator', 'outsider'] as const).map((w) => makeUser(`http-${w}`)));
  const [author, member, moderator, outsider] = people;
  groupId = await makeGroup([[author, 'MEMBER'], [member, 'MEMBER'], [moderator, 'MODERATOR']]);
  const secret = async (u: typeof author) => (await createApiToken(u, 'matrix')).secret;
  tokens = { author: await secret(author), member: await secret(member), moderator: await secret(moderator), outsider: await secret(outsider), signedOut: null };
  await ensureIndexSettings(createMeiliClient());
});

afterAll(async () => {
  await closeLiveHub();
  await disconnectDb();
});

function request(path: string, who: Who, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (tokens[who]) headers.set('authorization', `Bearer ${tokens[who]}`);
  if (init.body) headers.set('content-type', 'application/json');
  return new Request(`${BASE}${path}`, { ...init, headers });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const idOf = (doc: { id: string }) => doc.id.split('/').pop()!;

async function annotate(articleId: string, visibility: 'PRIVATE' | 'GROUP' | 'PUBLIC', body: string, quote = 'climate') {
  const res = await create(
    request('/api/annotations', 'author', {
      method: 'POST',
      body: JSON.stringify({ articleId, selector: selectorFor(quote), body, visibility, groupId: visibility === 'GROUP' ? groupId : undefined }),
    }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return idOf(await res.json());
}

/** Reads an SSE response until `untilId` arrives; returns every annotation id seen. */
async function readEvents(res: Response, untilId: string): Promise<string[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ids: string[] = [];
  while (!ids.includes(untilId)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (const m of buffer.matchAll(/^data: (.*)$/gm)) {
      const data = JSON.parse(m[1]) as { annotation?: { id: string }; id?: string };
      const id = data.annotation ? idOf(data.annotation) : data.id;
      if (id && !ids.includes(id)) ids.push(id);
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
  }
  await reader.cancel();
  return ids;
}

describe.each(['PRIVATE', 'GROUP', 'PUBLIC'] as const)('a %s annotation through the API', (visibility) => {
  it.each(WHO)('read/reply/edit/delete by %s', async (who) => {
    const { articleId } = await makeArticle();
    const id = await annotate(articleId, visibility, `note ${visibility}`);
    const got = {
      read: (await read(request(`/api/annotations/${id}`, who), params(id))).status === 200,
      reply: (await reply(request(`/api/annotations/${id}/replies`, who, { method: 'POST', body: JSON.stringify({ body: `reply by ${who}` }) }), params(id))).status === 201,
      edit: await (async () => {
        const current = await (await read(request(`/api/annotations/${id}`, 'author'), params(id))).json();
        const res = await patch(request(`/api/annotations/${id}`, who, { method: 'PATCH', body: JSON.stringify({ body: `edit by ${who}` }), headers: { 'if-match': `"${current['gloss:version']}"` } }), params(id));
        return res.status === 200;
      })(),
      delete: [200, 204].includes((await remove(request(`/api/annotations/${id}`, who, { method: 'DELETE' }), params(id))).status),
    };
    const want = Object.fromEntries((['read', 'reply', 'edit', 'delete'] as const).map((a) => [a, expected[visibility][a].includes(who)]));
    expect(got).toEqual(want);
  });

  it('streams it live over SSE to exactly the viewers who may read it', async () => {
    const { articleId } = await makeArticle();
    const controllers = WHO.map(() => new AbortController());
    const streams = await Promise.all(WHO.map((w, i) => sse(request(`/api/articles/${articleId}/events`, w, { signal: controllers[i].signal }), params(articleId))));
    for (const s of streams) expect(s.headers.get('content-type')).toContain('text/event-stream');
    try {
      const id = await annotate(articleId, visibility, 'live');
      const sentinel = await annotate(articleId, 'PUBLIC', 'sentinel', 'data');
      const seen = await Promise.all(streams.map((s) => readEvents(s, sentinel)));
      expect(WHO.filter((_, i) => seen[i].includes(id))).toEqual(expected[visibility].live);
    } finally {
      for (const c of controllers) c.abort();
    }
  });

  it('is found by search for exactly the viewers who may read it', async () => {
    const { articleId } = await makeArticle();
    const word = `zq${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    await annotate(articleId, visibility, `secret word ${word}`);
    await drainOutbox();
    const found: Who[] = [];
    for (const who of WHO) {
      for (const q of [word, `quote:"climate" ${word}`, `is:claim OR ${word}`, `"${word}"`]) {
        const res = await search(request(`/api/search?q=${encodeURIComponent(q)}&type=all`, who));
        expect(res.status).toBe(200);
        const body = (await res.json()) as { hits: Array<{ snippet: string }>; degraded: boolean };
        expect(body.degraded).toBe(false);
        if (body.hits.some((h) => h.snippet.includes(word)) && !found.includes(who)) found.push(who);
      }
    }
    expect(found).toEqual(expected[visibility].read);
  });
});
