/**
 * Cross-site request forgery, route by route. The route files under app/api
 * are listed from disk and every state-changing method they export
 * (POST/PUT/PATCH/DELETE) must have a case below, so a new route cannot be
 * forgotten. Each case is called with a real Auth.js session cookie (a JWT
 * encoded with AUTH_SECRET exactly as Auth.js encodes it) the way another
 * site could make a signed-in browser send it: foreign Origin, a cross-site
 * form's content types, an opaque origin, a foreign Referer, no Origin at
 * all. Every one must get 403 JSON and leave Postgres as it was. Then two
 * controls: the same request from Gloss's own origin, and with an API token
 * and no Origin (not CSRF-able), must both succeed and change what the
 * snapshot reads, which proves the snapshot would have seen a change.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { hideAnnotation } from '@/lib/annotations/hide-annotation';
import { makeArticle, makeGroup, makeUser, selectorFor, unique } from '@/lib/annotations/test-fixtures';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import type { SessionUser } from '@/lib/auth/current-user';
import { disconnectDb, prisma } from '@/lib/db';
import { closeLiveHub } from '@/lib/live/live-hub';

const APP = 'http://localhost:3000';
const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const COOKIE_NAME = 'authjs.session-token';

/** Routes whose state-changing methods are guarded by someone else, with the reason. */
const DELEGATED: Record<string, string> = {
  'POST /api/auth/[...nextauth]': "Auth.js's own double-submit CSRF token (checked over HTTP in e2e/csrf.spec.ts)",
};

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** What one attempt needs: who asks, the URL params and body, and a reading of the state it would change. */
interface Prepared {
  actor: SessionUser;
  params: Record<string, string>;
  body?: unknown;
  snapshot: () => Promise<unknown>;
}

interface Case {
  setup: () => Promise<Prepared>;
  /** Status of the allowed request. */
  ok: number;
}

/** A group with an owner, a moderator and a member, and a GROUP annotation by the member. */
async function groupWithAnnotation(tags: string[] = []) {
  const [owner, moderator, member, outsider] = await Promise.all(['owner', 'moderator', 'member', 'outsider'].map((l) => makeUser(`csrf-${l}`)));
  const groupId = await makeGroup([[owner, 'OWNER'], [moderator, 'MODERATOR'], [member, 'MEMBER']]);
  const { articleId } = await makeArticle();
  const annotation = await createAnnotation(member, {
    articleId, selector: selectorFor('climate'), body: 'a note', visibility: 'GROUP', groupId, tags,
  });
  return { owner, moderator, member, outsider, groupId, articleId, annotationId: annotation.id };
}

const annotationState = (id: string) =>
  prisma.annotation.findUniqueOrThrow({ where: { id }, select: { body: true, version: true, deletedAt: true, hiddenAt: true } });

const CASES: Record<string, Case> = {
  'POST /api/articles': {
    ok: 201,
    setup: async () => {
      const title = `CSRF import ${unique()}`;
      return {
        actor: await makeUser('csrf-importer'), params: {},
        body: { title, format: 'text', content: 'A forged import would put words in your library.' },
        snapshot: () => prisma.article.count({ where: { title } }),
      };
    },
  },
  'POST /api/annotations': {
    ok: 201,
    setup: async () => {
      const actor = await makeUser('csrf-annotator');
      const { articleId } = await makeArticle();
      return {
        actor, params: {}, body: { articleId, selector: selectorFor('data'), body: 'forged?', visibility: 'PUBLIC' },
        snapshot: () => prisma.annotation.count({ where: { articleId, authorId: actor.id } }),
      };
    },
  },
  'POST /api/annotations/[id]/replies': {
    ok: 201,
    setup: async () => {
      const g = await groupWithAnnotation();
      return {
        actor: g.owner, params: { id: g.annotationId }, body: { body: 'a forged reply' },
        snapshot: () => prisma.annotation.count({ where: { parentId: g.annotationId } }),
      };
    },
  },
  'PATCH /api/annotations/[id]': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      return { actor: g.member, params: { id: g.annotationId }, body: { version: 1, body: 'edited by someone else' }, snapshot: () => annotationState(g.annotationId) };
    },
  },
  'DELETE /api/annotations/[id]': {
    ok: 204,
    setup: async () => {
      const g = await groupWithAnnotation();
      return { actor: g.member, params: { id: g.annotationId }, snapshot: () => annotationState(g.annotationId) };
    },
  },
  'POST /api/annotations/[id]/hide': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      return { actor: g.moderator, params: { id: g.annotationId }, snapshot: () => annotationState(g.annotationId) };
    },
  },
  'DELETE /api/annotations/[id]/hide': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      await hideAnnotation(g.moderator, g.annotationId);
      return { actor: g.moderator, params: { id: g.annotationId }, snapshot: () => annotationState(g.annotationId) };
    },
  },
  'POST /api/annotations/[id]/flag': {
    ok: 201,
    setup: async () => {
      const g = await groupWithAnnotation();
      return {
        actor: g.owner, params: { id: g.annotationId }, body: { reason: 'forged flag' },
        snapshot: () => prisma.flag.count({ where: { annotationId: g.annotationId } }),
      };
    },
  },
  'POST /api/tokens': {
    ok: 201,
    setup: async () => {
      const actor = await makeUser('csrf-tokens');
      return { actor, params: {}, body: { name: 'forged' }, snapshot: () => prisma.apiToken.count({ where: { userId: actor.id } }) };
    },
  },
  'DELETE /api/tokens/[id]': {
    ok: 204,
    setup: async () => {
      const actor = await makeUser('csrf-revoke');
      const { token } = await createApiToken(actor, 'to keep');
      return { actor, params: { id: token.id }, snapshot: () => prisma.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { revokedAt: true } }) };
    },
  },
  'POST /api/groups': {
    ok: 201,
    setup: async () => {
      const actor = await makeUser('csrf-group');
      return { actor, params: {}, body: { name: `Forged ${unique()}` }, snapshot: () => prisma.membership.count({ where: { userId: actor.id } }) };
    },
  },
  'PATCH /api/groups/[id]/members/[userId]': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      return {
        actor: g.owner, params: { id: g.groupId, userId: g.member.id }, body: { role: 'OWNER' },
        snapshot: () => prisma.membership.findMany({ where: { groupId: g.groupId }, select: { userId: true, role: true }, orderBy: { userId: 'asc' } }),
      };
    },
  },
  'DELETE /api/groups/[id]/members/[userId]': {
    ok: 204,
    setup: async () => {
      const g = await groupWithAnnotation();
      return {
        actor: g.moderator, params: { id: g.groupId, userId: g.member.id },
        snapshot: () => prisma.membership.count({ where: { groupId: g.groupId } }),
      };
    },
  },
  'DELETE /api/groups/[id]': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      const { name } = await prisma.group.findUniqueOrThrow({ where: { id: g.groupId } });
      return {
        actor: g.owner, params: { id: g.groupId }, body: { confirmName: name },
        snapshot: async () => [await prisma.group.count({ where: { id: g.groupId } }), await annotationState(g.annotationId)],
      };
    },
  },
  'POST /api/groups/[id]/leave': {
    ok: 204,
    setup: async () => {
      const g = await groupWithAnnotation();
      return { actor: g.member, params: { id: g.groupId }, snapshot: () => prisma.membership.count({ where: { groupId: g.groupId } }) };
    },
  },
  'POST /api/groups/[id]/invite': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      return { actor: g.owner, params: { id: g.groupId }, snapshot: () => prisma.group.findUniqueOrThrow({ where: { id: g.groupId }, select: { inviteCode: true } }) };
    },
  },
  'POST /api/groups/join': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation();
      const { inviteCode } = await prisma.group.findUniqueOrThrow({ where: { id: g.groupId } });
      return { actor: g.outsider, params: {}, body: { code: inviteCode }, snapshot: () => prisma.membership.count({ where: { groupId: g.groupId } }) };
    },
  },
  'POST /api/tags/rename': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation(['alpha']);
      return {
        actor: g.owner, params: {}, body: { groupId: g.groupId, slug: 'alpha', name: 'forged' },
        snapshot: () => prisma.tag.findMany({ where: { scope: g.groupId }, select: { name: true, slug: true }, orderBy: { slug: 'asc' } }),
      };
    },
  },
  'POST /api/tags/merge': {
    ok: 200,
    setup: async () => {
      const g = await groupWithAnnotation(['alpha', 'beta']);
      return {
        actor: g.owner, params: {}, body: { groupId: g.groupId, from: ['alpha'], into: 'beta' },
        snapshot: () => prisma.tag.findMany({ where: { scope: g.groupId }, select: { name: true, slug: true }, orderBy: { slug: 'asc' } }),
      };
    },
  },
};

/** Every `route.ts` under app/api, as its URL pattern ("/api/groups/[id]/leave") and file. */
function routeFiles(): Array<{ route: string; file: string }> {
  const root = path.resolve(import.meta.dirname);
  const out: Array<{ route: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') out.push({ route: '/api/' + path.relative(root, dir).split(path.sep).join('/'), file: full });
    }
  };
  walk(root);
  return out.map((r) => ({ ...r, route: r.route.replace(/\/$/, '') }));
}

async function sessionCookie(user: SessionUser): Promise<string> {
  const jwt = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret: process.env.AUTH_SECRET!, salt: COOKIE_NAME });
  return `${COOKIE_NAME}=${jwt}`;
}

function urlFor(route: string, params: Record<string, string>) {
  return APP + route.replace(/\[(\w+)\]/g, (_, k: string) => encodeURIComponent(params[k]));
}

/** The ways another site can make a signed-in browser send a request (plus a scripted one with no Origin). */
const ATTACKS: Array<{ name: string; headers: Record<string, string>; body: (json: string) => string | undefined }> = [
  { name: 'foreign Origin, JSON', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, body: (j) => j },
  { name: 'cross-site form, text/plain', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' }, body: (j) => j },
  { name: 'cross-site form, urlencoded', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: () => 'name=forged&code=x' },
  { name: 'no-cors fetch, no content type', headers: { origin: 'https://evil.example' }, body: (j) => j },
  { name: 'opaque Origin (sandboxed frame)', headers: { origin: 'null', 'content-type': 'application/json' }, body: (j) => j },
  { name: 'no Origin, foreign Referer', headers: { referer: 'https://evil.example/trap', 'content-type': 'application/json' }, body: (j) => j },
  { name: 'no Origin, Sec-Fetch-Site same-site', headers: { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, body: (j) => j },
  { name: 'no Origin at all', headers: { 'content-type': 'application/json' }, body: (j) => j },
];

afterAll(async () => {
  await closeLiveHub();
  await disconnectDb();
});

const routes = routeFiles();
const handlers = await Promise.all(
  routes.map(async ({ route, file }) => {
    const mod = (await import(file)) as Record<string, unknown>;
    return UNSAFE.filter((m) => typeof mod[m] === 'function').map((method) => ({ key: `${method} ${route}`, method, route, handler: mod[method] as Handler }));
  }),
).then((lists) => lists.flat());

it('finds the route files and has a case for every state-changing method', () => {
  expect(routes.length).toBeGreaterThan(10);
  const keys = handlers.map((h) => h.key).sort();
  expect(keys.filter((k) => !CASES[k] && !DELEGATED[k]), 'state-changing routes without a CSRF case').toEqual([]);
  expect(Object.keys(CASES).filter((k) => !keys.includes(k)), 'cases for routes that no longer exist').toEqual([]);
});

describe.each(handlers.filter((h) => CASES[h.key]))('$key', ({ key, method, route, handler }) => {
  const call = (prepared: Prepared, headers: Record<string, string>, body: string | undefined) =>
    handler(new Request(urlFor(route, prepared.params), { method, headers, body }), { params: Promise.resolve(prepared.params) });

  it('refuses every cross-site shape with 403 and changes nothing; same-origin succeeds', async () => {
    const prepared = await CASES[key].setup();
    const cookie = await sessionCookie(prepared.actor);
    const json = JSON.stringify(prepared.body ?? {});
    const before = await prepared.snapshot();
    for (const attack of ATTACKS) {
      const res = await call(prepared, { ...attack.headers, cookie }, attack.body(json));
      expect(res.status, `${attack.name}: ${await res.clone().text()}`).toBe(403);
      const error = (await res.json()) as { error: { code: string; message: string } };
      expect(error.error.code).toBe('FORBIDDEN');
      expect(error.error.message).toContain('API token');
      expect(await prepared.snapshot(), `${attack.name} changed something`).toEqual(before);
    }
    const res = await call(prepared, { origin: APP, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', cookie }, json);
    expect(res.status, await res.clone().text()).toBe(CASES[key].ok);
    expect(await prepared.snapshot()).not.toEqual(before);
  });

  it('accepts an API token without any Origin (a token is never sent by another site)', async () => {
    const prepared = await CASES[key].setup();
    const { secret } = await createApiToken(prepared.actor, 'csrf control');
    const before = await prepared.snapshot();
    const res = await call(prepared, { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, JSON.stringify(prepared.body ?? {}));
    expect(res.status, await res.clone().text()).toBe(CASES[key].ok);
    expect(await prepared.snapshot()).not.toEqual(before);
  });
});
