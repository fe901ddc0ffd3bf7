/**
 * Cross-site request forgery against the running app, in Chromium. A signed-in
 * reader visits an attacker's page on another origin of the same site
 * (localhost on another port, like a sibling subdomain: SameSite=Lax lets the
 * session cookie ride along) that fires a text/plain form at the import API
 * and a no-cors fetch at the groups API: Postgres must not change. Server
 * actions are replayed from another Origin (Next's own check) with a
 * same-origin control, Auth.js's sign-out refuses a POST without its CSRF
 * token, and the session cookie's attributes are checked.
 * (Route-by-route coverage of app/api lives in app/api/csrf.int.test.ts.)
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { signUpNewUser } from './support/accounts';
import { disconnectSeedDb, seedDb, uniqueSuffix } from './support/seed-article';
import { APP_ORIGIN, SAME_ORIGIN } from './support/same-origin';

const ATTACKER = `http://localhost:${Number(new URL(APP_ORIGIN).port) + 77}`;

test.afterAll(async () => {
  await disconnectSeedDb();
});

async function userIdOf(email: string) {
  return (await seedDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await signUpNewUser(page, 'Cookie');
  const session = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(session, 'a session cookie after sign-up').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
});

test('an attacker page on another origin of the same site changes nothing', async ({ page }) => {
  const { email } = await signUpNewUser(page, 'Victim');
  const userId = await userIdOf(email);
  const suffix = uniqueSuffix();
  const forgedTitle = `Forged import ${suffix}`;
  const forgedGroup = `Forged group ${suffix}`;

  // The attacker's page, served by Playwright at another origin; the session cookie (host localhost) rides along.
  await page.route(`${ATTACKER}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Win a prize</title>
        <form id="f" method="POST" action="${APP_ORIGIN}/api/articles" enctype="text/plain">
          <input name='{"title":"${forgedTitle}","format":"text","content":"Words you never wrote.","fileName":"' value='x.txt"}'>
          <button>Claim your prize</button>
        </form>`,
    }),
  );
  await page.goto(`${ATTACKER}/prize`);
  const [answered] = await Promise.all([
    page.waitForResponse((r) => r.url() === `${APP_ORIGIN}/api/articles`),
    page.getByRole('button', { name: 'Claim your prize' }).click(),
  ]);
  expect(answered.status()).toBe(403);
  expect(answered.request().headers()['content-type']).toContain('text/plain');

  // A fetch without CORS: the answer is opaque to the attacker, but the request is sent with the cookie.
  await page.goto(`${ATTACKER}/prize`);
  const sent = page.waitForRequest((r) => r.url() === `${APP_ORIGIN}/api/groups`);
  // The fetch rejects in the attacker's page (Cross-Origin-Resource-Policy hides the answer), but the request
  // reached the server with the cookie: only Postgres can tell whether it did anything.
  await page.evaluate(
    ([url, name]) => fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: new Blob([JSON.stringify({ name })]) }).catch(() => null),
    [`${APP_ORIGIN}/api/groups`, forgedGroup] as const,
  );
  const fetched = await sent;
  expect(await fetched.headerValue('cookie'), 'the session cookie was sent: the guard, not SameSite, refused it').toContain('session-token');
  expect(await fetched.headerValue('origin')).toBe(ATTACKER);

  const db = seedDb();
  expect(await db.article.count({ where: { title: forgedTitle } })).toBe(0);
  expect(await db.group.count({ where: { name: forgedGroup } })).toBe(0);
  expect(await db.membership.count({ where: { userId } })).toBe(0);

  // Control: the same calls from Gloss's own origin do go through.
  const ok = await page.request.post('/api/groups', { headers: SAME_ORIGIN, data: { name: forgedGroup } });
  expect(ok.status(), await ok.text()).toBe(201);
  expect(await db.group.count({ where: { name: forgedGroup } })).toBe(1);
});

/** Submits the "new group" form and returns the server action request it sent. */
async function createGroupThroughForm(page: Page, name: string): Promise<Request> {
  await page.goto('/groups');
  await page.getByLabel('Name').fill(name);
  const action = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await page.getByRole('button', { name: 'Create group' }).click();
  const request = await action;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return request;
}

test('a server action replayed from another origin is refused by Next; the same replay from Gloss works', async ({ page }) => {
  const { email } = await signUpNewUser(page, 'Actions');
  const userId = await userIdOf(email);
  const first = `Real group ${uniqueSuffix()}`;
  const captured = await createGroupThroughForm(page, first);
  const headers = await captured.allHeaders();
  const body = captured.postData()!;
  expect(body).toContain(first);
  const replay = (name: string, origin: string) =>
    page.request.post('/groups', {
      headers: {
        'next-action': headers['next-action'],
        'next-router-state-tree': headers['next-router-state-tree'] ?? '',
        'content-type': headers['content-type'],
        accept: 'text/x-component',
        origin,
      },
      data: body.replace(first, name),
      maxRedirects: 0,
    });
  const db = seedDb();
  const groupsOfUser = () => db.membership.count({ where: { userId } });
  expect(await groupsOfUser()).toBe(1);

  const forged = `Forged action ${uniqueSuffix()}`;
  const refused = await replay(forged, 'https://evil.example');
  expect(refused.ok(), `cross-origin replay answered ${refused.status()}`).toBe(false);
  expect(await db.group.count({ where: { name: forged } })).toBe(0);
  expect(await groupsOfUser()).toBe(1);

  const control = `Replayed group ${uniqueSuffix()}`;
  const accepted = await replay(control, APP_ORIGIN);
  expect(accepted.status()).toBeLessThan(400);
  expect(await db.group.count({ where: { name: control } })).toBe(1);
  expect(await groupsOfUser()).toBe(2);
});

test('Auth.js refuses a cross-site sign-out without its CSRF token', async ({ page }) => {
  await signUpNewUser(page, 'Signout');
  const res = await page.request.post('/api/auth/signout', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'callbackUrl=%2F',
    maxRedirects: 0,
  });
  expect(res.headers()['location'] ?? '').toContain('MissingCSRF');
  // Still signed in.
  const session = await page.request.get('/api/auth/session');
  expect(((await session.json()) as { user?: unknown }).user).toBeTruthy();
});
