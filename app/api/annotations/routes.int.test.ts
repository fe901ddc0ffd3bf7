/**
 * Route-level checks of the annotation API: signed-out behaviour and input
 * validation through the exported handlers (the session stub answers
 * "signed out" until auth lands; the signed-in matrix lives in
 * lib/annotations/permission-matrix.int.test.ts), the W3C request shapes
 * through the same path the POST handler uses, and the SSE stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromRequestBody, updateFromRequestBody } from '@/lib/annotations/apply-request';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { makeArticle, makeUser, selectorFor } from '@/lib/annotations/test-fixtures';
import { toW3C } from '@/lib/annotations/w3c';
import type { SessionUser } from '@/lib/auth/current-user';
import { disconnectDb } from '@/lib/db';
import { closeLiveHub } from '@/lib/live/live-hub';
import { GET as getEvents } from '../articles/[id]/events/route';
import { GET as listGroups, POST as postGroup } from '../groups/route';
import { POST as joinGroup } from '../groups/join/route';
import { POST as mergeTagsRoute } from '../tags/merge/route';
import { GET as suggest } from '../tags/route';
import { POST as flag } from './[id]/flag/route';
import { DELETE as unhide, POST as hide } from './[id]/hide/route';
import { DELETE as del, GET as getOne, PATCH as patch } from './[id]/route';
import { POST as postReply } from './[id]/replies/route';
import { GET as list, POST as post } from './route';

const BASE = 'http://localhost:3000';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (body: unknown, init: RequestInit = {}) => ({
  method: 'POST',
  ...init,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
});

let author: SessionUser;
let article: { articleId: string; slug: string };
let publicId: string;
let privateId: string;

beforeAll(async () => {
  author = await makeUser('route-author');
  article = await makeArticle();
  publicId = (await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('climate'), visibility: 'PUBLIC', body: 'public note' })).id;
  privateId = (await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('data'), body: 'private note' })).id;
});

afterAll(async () => {
  await closeLiveHub();
  await disconnectDb();
});

describe('GET /api/annotations', () => {
  it('needs an articleId', async () => {
    const res = await list(new Request(`${BASE}/api/annotations`));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toContain('articleId');
  });

  it('shows signed-out readers only public annotations, as a W3C collection', async () => {
    const res = await list(new Request(`${BASE}/api/annotations?articleId=${article.articleId}`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.type).toBe('AnnotationCollection');
    expect(body['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const ids = body.first.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual([`${BASE}/api/annotations/${publicId}`]);
    expect(body.first.items[0].target.source).toBe(`${BASE}/articles/${article.slug}`);
  });

  it('answers 404 for an unknown article and 422 for a bad scope', async () => {
    expect((await list(new Request(`${BASE}/api/annotations?articleId=nope`))).status).toBe(404);
    expect((await list(new Request(`${BASE}/api/annotations?articleId=${article.articleId}&scope=everyone`))).status).toBe(422);
  });
});

describe('GET/PATCH/DELETE /api/annotations/:id signed out', () => {
  it('returns public annotations with an ETag and hides private ones as 404', async () => {
    const ok = await getOne(new Request(`${BASE}/api/annotations/${publicId}`), ctx(publicId));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"1"');
    expect((await ok.json())['gloss:visibility']).toBe('public');
    const hidden = await getOne(new Request(`${BASE}/api/annotations/${privateId}`), ctx(privateId));
    expect(hidden.status).toBe(404);
  });

  it('refuses writes with 401, a PATCH without a version with 422 and a malformed If-Match with 400', async () => {
    expect((await post(new Request(`${BASE}/api/annotations`, json({ articleId: article.articleId })))).status).toBe(401);
    expect((await postReply(new Request(`${BASE}/api/annotations/${publicId}/replies`, json({ body: 'hi' })), ctx(publicId))).status).toBe(401);
    const noVersion = await patch(new Request(`${BASE}/api/annotations/${publicId}`, json({ body: 'x' }, { method: 'PATCH' })), ctx(publicId));
    expect(noVersion.status).toBe(422);
    expect((await noVersion.json()).error.message).toContain('If-Match');
    const badIfMatch = await patch(
      new Request(`${BASE}/api/annotations/${publicId}`, json({ body: 'x' }, { method: 'PATCH', headers: { 'if-match': 'abc' } })),
      ctx(publicId),
    );
    expect(badIfMatch.status).toBe(400);
    const signedOut = await patch(
      new Request(`${BASE}/api/annotations/${publicId}`, json({ body: 'x' }, { method: 'PATCH', headers: { 'if-match': '"1"' } })),
      ctx(publicId),
    );
    expect(signedOut.status).toBe(401);
    expect((await del(new Request(`${BASE}/api/annotations/${publicId}`, { method: 'DELETE' }), ctx(publicId))).status).toBe(401);
  });

  it('rejects bodies that are not JSON', async () => {
    const res = await post(new Request(`${BASE}/api/annotations`, { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } }));
    expect(res.status).toBe(400);
    const form = await post(new Request(`${BASE}/api/annotations`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect(form.status).toBe(415);
  });
});

describe('groups and tags routes signed out', () => {
  it('needs sign-in for groups, and suggests only public tags', async () => {
    expect((await listGroups(new Request(`${BASE}/api/groups`))).status).toBe(401);
    expect((await postGroup(new Request(`${BASE}/api/groups`, json({ name: 'x' })))).status).toBe(401);
    const res = await suggest(new Request(`${BASE}/api/tags?prefix=`));
    expect(res.status).toBe(200);
    expect(Array.isArray((await res.json()).tags)).toBe(true);
  });
});

describe('moderation and management routes', () => {
  it('refuses signed-out flagging and hiding, and validates bodies with readable messages', async () => {
    expect((await flag(new Request(`${BASE}/api/annotations/${publicId}/flag`, json({ reason: 'spam' })), ctx(publicId))).status).toBe(401);
    const noReason = await flag(new Request(`${BASE}/api/annotations/${publicId}/flag`, json({})), ctx(publicId));
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).error.message).toContain('Say why');
    expect((await hide(new Request(`${BASE}/api/annotations/${publicId}/hide`, { method: 'POST' }), ctx(publicId))).status).toBe(401);
    expect((await unhide(new Request(`${BASE}/api/annotations/${publicId}/hide`, { method: 'DELETE' }), ctx(publicId))).status).toBe(401);
    const noCode = await joinGroup(new Request(`${BASE}/api/groups/join`, json({})));
    expect(noCode.status).toBe(422);
    expect((await noCode.json()).error.message).toContain('invite code');
    expect((await mergeTagsRoute(new Request(`${BASE}/api/tags/merge`, json({ groupId: 'g', from: [], into: 'x' })))).status).toBe(422);
    expect((await mergeTagsRoute(new Request(`${BASE}/api/tags/merge`, json({ groupId: 'g', from: ['a'], into: 'x' })))).status).toBe(401);
  });
});

describe('W3C request bodies (the POST/PATCH path)', () => {
  it('creates an annotation from a W3C document addressed by article URL, and a reply targeting it', async () => {
    const sel = selectorFor('Policy must follow');
    const created = await createFromRequestBody(author, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Says who?', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Policy' },
      ],
      target: {
        source: `${BASE}/articles/${article.slug}`,
        selector: [
          { type: 'TextQuoteSelector', exact: sel.exact },
          { type: 'TextPositionSelector', start: sel.start, end: sel.end },
        ],
      },
      'gloss:visibility': 'public',
      'gloss:claim': { statement: 'Policy follows evidence' },
    });
    expect(created.articleId).toBe(article.articleId);
    expect(created.isClaim).toBe(true);
    expect(created.tags.map((t) => t.slug)).toEqual(['policy']);
    const reply = await createFromRequestBody(author, {
      type: 'Annotation',
      motivation: 'replying',
      body: { type: 'TextualBody', purpose: 'replying', value: 'Me' },
      target: `${BASE}/api/annotations/${created.id}`,
      'gloss:stance': 'supports',
    });
    expect(reply.parentId).toBe(created.id);
    expect(reply.stance).toBe('SUPPORTS');
    const edited = await updateFromRequestBody(author, created.id, { ...toW3C(created, { origin: BASE }), body: [] }, undefined);
    expect(edited.body).toBeNull();
    expect(edited.version).toBe(2);
    await expect(updateFromRequestBody(author, created.id, { 'gloss:version': 1, body: [] }, undefined)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('explains what is missing from a W3C document', async () => {
    await expect(createFromRequestBody(author, { type: 'Annotation', target: { source: `${BASE}/articles/${article.slug}` } })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The target needs a TextQuoteSelector and a TextPositionSelector.',
    });
    await expect(createFromRequestBody(author, { type: 'Annotation', 'gloss:visibility': 'world' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('GET /api/articles/:id/events', () => {
  it('404s for unknown articles', async () => {
    expect((await getEvents(new Request(`${BASE}/api/articles/nope/events`), ctx('nope'))).status).toBe(404);
  });

  it('streams public annotations to a signed-out reader, never private ones, and closes on disconnect', async () => {
    const aborter = new AbortController();
    const res = await getEvents(new Request(`${BASE}/api/articles/${article.articleId}/events`, { signal: aborter.signal }), ctx(article.articleId));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text).toContain('retry: 3000');
    const secret = await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('Scientists'), body: 'secret' });
    const open = await createAnnotation(author, { articleId: article.articleId, selector: selectorFor('numbers'), visibility: 'PUBLIC', body: 'open' });
    while (!text.includes(open.id)) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('event: annotation');
    expect(text).not.toContain(secret.id);
    expect(text).not.toContain('secret');
    aborter.abort();
    expect((await reader.read()).done).toBe(true);
  });
});
