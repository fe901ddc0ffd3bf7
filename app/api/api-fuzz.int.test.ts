/**
 * Property-based fuzzing of every JSON API route (fast-check): random and
 * malformed bodies, path params and headers, signed out and with a real API
 * token. Whatever arrives, a route must never answer 5xx, and every error
 * must be JSON `{ error: { code, message } }` with a message a person can read.
 * Routes are found on disk, so a new route is fuzzed without editing this file.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { disconnectDb, prisma } from '@/lib/db';

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
const API_DIR = path.resolve(import.meta.dirname);
// Auth.js's own endpoints are its responsibility; health takes no input.
const SKIP = new Set(['auth/[...nextauth]', 'health']);

function findRoutes(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return findRoutes(full, prefix ? `${prefix}/${entry}` : entry);
    return entry === 'route.ts' ? [prefix] : [];
  });
}

const routes = findRoutes(API_DIR).filter((r) => !SKIP.has(r));
let secret = '';
let articleId = '';

beforeAll(async () => {
  const suffix = Math.random().toString(36).slice(2, 10);
  const user = await prisma.user.create({ data: { email: `fuzz-${suffix}@example.test`, name: 'Fuzz' } });
  secret = (await createApiToken({ id: user.id, email: user.email, name: user.name }, 'fuzz')).secret;
  const article = await prisma.article.findFirst({ select: { id: true } });
  articleId = article?.id ?? 'no-article';
});
afterAll(disconnectDb);

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v)),
  fc.record(
    {
      url: fc.oneof(fc.webUrl(), fc.string()),
      title: fc.string({ maxLength: 400 }),
      format: fc.constantFrom('html', 'markdown', 'text', 'pdf', ''),
      content: fc.string({ maxLength: 2000 }),
      articleId: fc.oneof(fc.string(), fc.constant(articleId)),
      body: fc.oneof(fc.string(), jsonValue),
      name: fc.string({ maxLength: 200 }),
      code: fc.string(),
      role: fc.constantFrom('OWNER', 'MODERATOR', 'MEMBER', 'ADMIN', ''),
      reason: fc.string({ maxLength: 600 }),
      version: fc.oneof(fc.integer(), fc.string()),
      target: jsonValue,
      selector: jsonValue,
      visibility: fc.constantFrom('PRIVATE', 'GROUP', 'PUBLIC', 'private', 'everyone'),
      from: fc.array(fc.string(), { maxLength: 3 }),
      into: fc.string(),
    },
    { requiredKeys: [] },
  ).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 300 }), // not JSON at all
  fc.constant(''),
  fc.constant('{"unterminated": '),
);
const param = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constant(articleId),
  fc.constant('x'.repeat(5000)),
  fc.constantFrom('%00', '../../etc/passwd', "' OR 1=1 --", '<script>', '😀', ''),
);
const query = fc.dictionary(
  fc.constantFrom('q', 'articleId', 'type', 'limit', 'offset', 'prefix', 'scope', 'tag', 'author', 'claims', 'orphans', 'format', 'page'),
  fc.oneof(fc.string({ maxLength: 60 }), fc.integer().map(String), fc.constant('-1'), fc.constant('9'.repeat(30))),
);
const headers = fc.record(
  {
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=utf-8', ''),
    auth: fc.constantFrom('none', 'token', 'garbage', 'basic'),
    ifMatch: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map((n) => `"${n}"`)), { nil: undefined }),
  },
  { requiredKeys: ['contentType', 'auth'] },
);

function paramsFor(route: string, values: string[]): Record<string, string> {
  const names = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((n, i) => [n, values[i % values.length] ?? '']));
}

describe('every API route under fuzzing', () => {
  it('found the routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(15);
  });

  for (const route of routes) {
    it(`never answers 5xx and always explains errors: /api/${route}`, { timeout: 240_000 }, async () => {
      const mod = (await import(path.join(API_DIR, route, 'route.ts'))) as Partial<Record<(typeof METHODS)[number], Handler>>;
      const methods = METHODS.filter((m) => typeof mod[m] === 'function');
      expect(methods.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...methods), body, fc.array(param, { minLength: 1, maxLength: 2 }), query, headers, async (method, text, paramValues, q, h) => {
          const url = new URL(`http://localhost/api/${route}`);
          for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
          const init: RequestInit = { method, headers: {} };
          const hdrs = init.headers as Record<string, string>;
          if (h.contentType) hdrs['content-type'] = h.contentType;
          if (h.auth === 'token') hdrs.authorization = `Bearer ${secret}`;
          if (h.auth === 'garbage') hdrs.authorization = 'Bearer gloss_not-a-real-token';
          if (h.auth === 'basic') hdrs.authorization = 'Basic dXNlcjpwYXNz';
          if (h.ifMatch !== undefined) hdrs['if-match'] = h.ifMatch;
          if (method !== 'GET' && method !== 'DELETE') init.body = text;
          const controller = new AbortController();
          init.signal = controller.signal;
          const res = await mod[method]!(new Request(url, init), { params: Promise.resolve(paramsFor(route, paramValues)) });
          controller.abort(); // ends any event stream that did open
          expect(res.status, `${method} /api/${route} answered ${res.status}`).toBeLessThan(500);
          if (res.status >= 400) {
            const json = await res.json();
            expect(typeof json.error?.code).toBe('string');
            expect(typeof json.error?.message).toBe('string');
            expect(json.error.message.length).toBeGreaterThan(3);
          } else {
            await res.body?.cancel();
          }
        }),
        { numRuns: 120 },
      );
    });
  }
});
