/**
 * A members-only instance (GLOSS_REQUIRE_SIGN_IN=1), end to end. The spec
 * starts its own second app with the flag, from the same build and the same
 * Postgres and Meilisearch, on a free port (the shared e2e app stays open to
 * everyone for the other specs). Signed-out visitors are sent to sign-in for
 * pages and get 401 JSON from the API; /api/health and the sign-in and
 * sign-up pages stay open; once signed in, people read as usual and land
 * back where they were going.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser } from '@playwright/test';
import { PASSWORD, signUpNewUser } from './support/accounts';
import { disconnectSeedDb, seedArticle, uniqueSuffix, type SeededArticle } from './support/seed-article';
import { freePort } from '../lib/services/ports';

test.describe.configure({ mode: 'serial' });

let app: ChildProcess | undefined;
let baseURL = '';
let article: SeededArticle;


test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  // The start script users run; DATABASE_URL and MEILI_HOST (set by npm test) mean it starts no services.
  app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.mts'], {
    env: { ...process.env, PORT: String(port), GLOSS_REQUIRE_SIGN_IN: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the members-only app exited with code ${app.exitCode}`);
    const ok = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the members-only app did not answer /api/health within 90 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  article = await seedArticle({ title: `Members only ${uniqueSuffix()}` });
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  await disconnectSeedDb();
});

const visitor = (browser: Browser) => browser.newContext({ baseURL });

test('signed-out visitors are sent to sign-in for every page', async ({ browser }) => {
  const context = await visitor(browser);
  const page = await context.newPage();
  for (const path of ['/', `/articles/${article.slug}`, '/search?q=members', '/groups', '/import']) {
    await page.goto(path);
    const url = new URL(page.url());
    expect(url.pathname, `${path} should redirect`).toBe('/sign-in');
    expect(url.searchParams.get('callbackUrl')).toBe(path);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }
  // Nothing of the article reached the visitor on the way.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(article.title)).toHaveCount(0);
  await page.goto('/sign-up');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
  await context.close();
});

test('signed-out API calls get 401 JSON; health stays open', async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL });
  for (const path of [`/api/articles/${article.id}`, `/api/annotations?articleId=${article.id}`, '/api/search?q=members', '/api/tags?prefix=a']) {
    const res = await api.get(path);
    expect(res.status(), path).toBe(401);
    expect(res.headers()['content-type']).toContain('application/json');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNAUTHORIZED');
    expect(body.error.message).toMatch(/members only/i);
    expect(JSON.stringify(body)).not.toContain(article.title);
  }
  expect((await api.get('/api/health')).status()).toBe(200);
  await api.dispose();
});

test('signed-in members read articles and use the API as usual', async ({ browser }) => {
  const context = await visitor(browser);
  const page = await context.newPage();
  await signUpNewUser(page, 'Member');
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByText(article.blocks[0].text)).toBeVisible();
  const res = await page.request.get(`/api/articles/${article.id}`);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { title: string }).title).toBe(article.title);
  await context.close();
});

test('signing in from the redirect lands on the page asked for', async ({ browser }) => {
  const first = await visitor(browser);
  const { email } = await signUpNewUser(await first.newPage(), 'Returning');
  await first.close();
  // A fresh browser: signed out, with an account.
  const context = await visitor(browser);
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await context.close();
});
