/**
 * Hostile input, everywhere a person can type: 100+ known XSS payloads go
 * through every text a user controls (imported HTML and Markdown, article
 * titles, annotation bodies, tags, claim statements, group names, display
 * names, token names, search queries), then Chromium renders every page that
 * shows them. Nothing may run: no payload sets its flag, no dialog opens, and
 * no element carries an event-handler attribute or a script URL.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from './support/accounts';
import { seedDb } from './support/seed-article';
import { XSS_FLAG, XSS_PAYLOADS } from './support/xss-payloads';
import { SAME_ORIGIN } from './support/same-origin';

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

/** Scripts that ran, dialogs that opened, and dangerous attributes left in the DOM. */
async function assertNothingRuns(page: Page, dialogs: string[], where: string) {
  const report = await page.evaluate((flag) => {
    const dangerous = [...document.querySelectorAll('*')]
      .flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)))
          .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`),
      );
    return { ran: (window as unknown as Record<string, unknown>)[flag] ?? null, dangerous };
  }, XSS_FLAG);
  expect(report.ran, `a payload ran on ${where}`).toBeNull();
  expect(report.dangerous, `dangerous attributes on ${where}`).toEqual([]);
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
}

async function visit(page: Page, dialogs: string[], path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(500);
  await page.waitForLoadState('networkidle');
  // Handlers that need a person: hover and click everything a payload could have put there.
  await page.mouse.move(200, 300);
  await assertNothingRuns(page, dialogs, path);
}

test('no XSS payload runs on any page that shows user text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const { email } = await signUpNewUser(page, 'Hostile');
  const tag = randomUUID().slice(0, 8);
  const post = async (url: string, data: unknown) => page.request.post(url, { headers: SAME_ORIGIN, data });

  // Imported HTML and Markdown, with payload titles.
  const html = await post('/api/articles', {
    title: `${XSS_PAYLOADS[0]} html ${tag}`.slice(0, 300),
    format: 'html',
    content: `<h1>Payloads ${tag}</h1>` + XSS_PAYLOADS.map((p, i) => `<p>Payload ${i}: ${p}</p>`).join('\n'),
  });
  expect(html.status(), await html.text()).toBe(201);
  const md = await post('/api/articles', {
    title: `Markdown ${tag} ${XSS_PAYLOADS[9]}`.slice(0, 300),
    format: 'markdown',
    content: XSS_PAYLOADS.map((p, i) => `Payload ${i}: ${p}`).join('\n\n'),
  });
  expect(md.status(), await md.text()).toBe(201);
  for (const p of XSS_PAYLOADS.slice(10, 40)) {
    const res = await post('/api/articles', { title: p.slice(0, 300), format: 'text', content: `Titled by a payload ${tag} ${randomUUID()}.` });
    expect([201, 422], await res.text()).toContain(res.status());
  }

  // A plain article to annotate: one sentence per payload.
  const target = await post('/api/articles', {
    title: `Rents ${tag}`,
    format: 'text',
    content: XSS_PAYLOADS.map((_, i) => `Sentence ${i} says rents rose ${i} percent.`).join('\n\n'),
  });
  expect(target.status()).toBe(201);
  const { id: articleId, slug } = await target.json();
  const text: string = (await (await page.request.get(`/api/articles/${articleId}`)).json()).revision.text;

  let annotated = 0;
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    const exact = `Sentence ${i} says`;
    const start = text.indexOf(exact);
    const base = { articleId, selector: { exact, start, end: start + exact.length }, body: p, visibility: 'PUBLIC', isClaim: true, claimStatement: p.replace(/\s+/g, ' ').slice(0, 280) };
    let res = await post('/api/annotations', { ...base, tags: [p.slice(0, 40)] });
    if (res.status() === 422) res = await post('/api/annotations', base);
    if (res.status() === 201) {
      annotated += 1;
      const id = ((await res.json()).id as string).split('/').pop();
      if (i % 10 === 0) await post(`/api/annotations/${id}/replies`, { body: p, stance: 'DISPUTES' });
    }
  }
  expect(annotated).toBeGreaterThanOrEqual(100);

  // Group names, a token name, and the display name.
  const groups: string[] = [];
  for (const p of XSS_PAYLOADS.slice(0, 15)) {
    const res = await post('/api/groups', { name: p.slice(0, 80) });
    if (res.status() === 201) groups.push((await res.json()).slug);
  }
  expect(groups.length).toBeGreaterThan(5);
  await post('/api/tokens', { name: XSS_PAYLOADS[9].slice(0, 60) });
  await seedDb().user.update({ where: { email }, data: { name: XSS_PAYLOADS[15] } });

  // Now render every page that shows any of it.
  const tagSlugs = (await (await page.request.get(`/api/tags?prefix=`)).json()) as unknown;
  const slugs = Array.isArray(tagSlugs) ? (tagSlugs as Array<{ slug: string }>).map((t) => t.slug).slice(0, 5) : [];
  const pages = [
    '/', '/?page=2', '/?page=3',
    `/articles/${(await html.json()).slug}`,
    `/articles/${(await md.json()).slug}`,
    `/articles/${slug}`,
    '/groups', ...groups.slice(0, 3).map((g) => `/groups/${g}`),
    ...slugs.map((s) => `/tags/${encodeURIComponent(s)}`),
    '/settings',
    `/search?q=${encodeURIComponent(`rents ${tag}`)}`,
    `/search?q=${encodeURIComponent('Payload')}`,
  ];
  for (const path of pages) await visit(page, dialogs, path);

  // Every payload as a search query, on the page and in the header box.
  for (const p of XSS_PAYLOADS) {
    await page.goto(`/search?q=${encodeURIComponent(p)}`);
    await assertNothingRuns(page, dialogs, `/search?q=${p.slice(0, 30)}`);
  }
  const box = page.getByRole('combobox').first();
  for (const p of XSS_PAYLOADS.slice(0, 20)) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/search'), { timeout: 5_000 }).catch(() => null);
    await box.fill(p);
    await answered;
    await assertNothingRuns(page, dialogs, `header search for ${p.slice(0, 30)}`);
  }
});
