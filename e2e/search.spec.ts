/**
 * Search as a person uses it: the header box (typos forgiven, highlighted
 * snippets, keyboard, recent searches), the search page (facets narrow,
 * tabs, malformed queries), privacy across users, and find-in-article.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { signUpNewUser } from './support/accounts';
import { disconnectIndexDb, queueArticleForSearch } from './support/index-article';
import { disconnectSeedDb, seedArticle, type SeededArticle } from './support/seed-article';
import { SAME_ORIGIN } from './support/same-origin';

test.afterAll(async () => {
  await disconnectSeedDb();
  await disconnectIndexDb();
});

/** A made-up word no other test (or earlier run) uses: letters only, so the tokenizer keeps it whole. */
function uniqueWord(stem: string): string {
  const letters = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${stem}${letters}`;
}

interface Hit { type: string; id: string; articleId: string; url: string; snippet: string }

async function search(request: APIRequestContext, q: string): Promise<{ hits: Hit[]; total: number }> {
  const res = await request.get(`/api/search?${new URLSearchParams({ q, limit: '50' })}`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** Waits until the outbox worker has indexed what `predicate` looks for (it usually takes about a second). */
async function waitForIndexed(request: APIRequestContext, q: string, count: number, predicate: (h: Hit) => boolean) {
  await expect.poll(async () => (await search(request, q)).hits.filter(predicate).length, { timeout: 30_000 }).toBe(count);
}

async function seedSearchable(word: string): Promise<SeededArticle> {
  const article = await seedArticle({
    blocks: [
      { tag: 'p', text: 'An opening passage about gardens, walls and the weather in spring.' },
      { tag: 'p', text: 'A second passage that says nothing in particular, to keep the first company.' },
      { tag: 'p', text: `The third passage names the ${word} plainly, so search can find it.` },
    ],
  });
  await queueArticleForSearch(article.id);
  return article;
}

async function annotate(request: APIRequestContext, article: SeededArticle, body: string, extra: Record<string, unknown> = {}) {
  const exact = article.blocks[0].text.slice(3, 15);
  const res = await request.post('/api/annotations', {
    headers: SAME_ORIGIN,
    data: { articleId: article.id, selector: { exact, start: 3, end: 15 }, body, ...extra },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test('the header box forgives a typo, shows a highlighted snippet and opens the passage', async ({ page }) => {
  const word = uniqueWord('quillbramble');
  const article = await seedSearchable(word);
  await waitForIndexed(page.request, word, 1, (h) => h.articleId === article.id);

  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search articles and annotations' });
  // Until the page hydrates, `/` does nothing: retry the key press, not a sleep.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  // One letter wrong (not the first, which Meilisearch weighs double).
  const misspelled = `${word.slice(0, 3)}${word[3] === 'a' ? 'e' : 'a'}${word.slice(4)}`;
  await box.pressSequentially(misspelled);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const option = listbox.getByRole('option').filter({ hasText: article.title });
  await expect(option).toHaveCount(1);
  await expect(option.locator('mark')).toHaveText(word);
  await expect(option).toContainText('Passage');

  // Keyboard: down to the hit (it is the only one for this word), Enter opens it.
  await box.press('ArrowDown');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await listbox.getByRole('option').first().getAttribute('id'))!);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#p-3$`));
  await expect(page.locator('#p-3')).toContainText(word);
  expect(await page.locator('#p-3').evaluate((el) => el.matches(':target'))).toBe(true);

  // The search is remembered: an empty, focused box offers it, and it can be cleared.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  const recent = page.getByRole('listbox', { name: 'Recent searches' });
  await expect(recent.getByRole('option').first()).toHaveText(misspelled);
  await page.getByRole('button', { name: 'Clear recent searches' }).click();
  await expect(recent.getByRole('option')).toHaveCount(0);
  await box.press('Escape');

  // "See all results" goes to the search page.
  await box.fill(word);
  await listbox.getByRole('option', { name: /See all results/ }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { name: `1 result for “${word}”` })).toBeVisible();
});

test('the search page narrows by facet, counts per type and passes axe', async ({ page }) => {
  await signUpNewUser(page, 'Faceter');
  const word = uniqueWord('marrowlight');
  const article = await seedSearchable(word);
  const tagA = uniqueWord('econ');
  const tagB = uniqueWord('housing');
  await annotate(page.request, article, `A note on ${word} and prices.`, { visibility: 'PUBLIC', tags: [tagA] });
  await annotate(page.request, article, `Another ${word} note, about rents.`, { visibility: 'PUBLIC', tags: [tagB] });
  await waitForIndexed(page.request, word, 3, (h) => h.articleId === article.id);

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole('heading', { name: `3 results for “${word}”` })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Result types' });
  await expect(tabs.getByRole('link', { name: /Annotations/ })).toContainText('2');
  await expect(tabs.getByRole('link', { name: /Passages/ })).toContainText('1');
  const results = page.locator('.search-hits > li');
  await expect(results.locator('mark').first()).toHaveText(new RegExp(word, 'i'));

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // On a phone the page (long facet labels included) fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Clicking a tag adds it to the query: only the annotation with that tag is left.
  await page.getByRole('region', { name: 'Tags' }).getByRole('link', { name: new RegExp(tagA) }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}\\+tag%3A${tagA}`));
  await expect(page.getByRole('heading', { name: `1 result for “${word} tag:${tagA}”` })).toBeVisible();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`#${tagA}`);
  await expect(page.getByRole('searchbox', { name: 'Search query' })).toHaveValue(`${word} tag:${tagA}`);

  // Clicking it again removes the filter.
  await page.getByRole('region', { name: 'Tags' }).getByRole('link', { name: new RegExp(`Remove filter: #${tagA}`) }).click();
  await expect(page.getByRole('heading', { name: `3 results for “${word}”` })).toBeVisible();

  // The Passages tab shows only the passage, which links into the reader.
  await tabs.getByRole('link', { name: /Passages/ }).click();
  await expect(results).toHaveCount(1);
  await expect(results.getByRole('link')).toHaveAttribute('href', `/articles/${article.slug}#p-3`);
});

test('without JavaScript the header box is a plain form to the search page', async ({ browser }) => {
  const word = uniqueWord('plainform');
  const article = await seedSearchable(word);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await waitForIndexed(page.request, word, 1, (h) => h.articleId === article.id);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search articles and annotations' }).fill(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole('heading', { name: `1 result for “${word}”` })).toBeVisible();
  await expect(page.locator('.search-hits mark')).toHaveText(word);
  await context.close();
});

test('a malformed query gets the parser’s message and the syntax help', async ({ page }) => {
  await page.goto('/search?q=tag:');
  await expect(page.locator('#search-query-error')).toHaveAttribute('role', 'alert');
  await expect(page.locator('#search-query-error')).toContainText('tag: needs a value, like tag:climate.');
  await expect(page.getByRole('searchbox', { name: 'Search query' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Search syntax')).toBeVisible();
  await page.goto(`/search?q=${uniqueWord('nothingmatches')}`);
  await expect(page.getByRole('heading', { name: /^No results for/ })).toBeVisible();
  await expect(page.getByText('check the spelling')).toBeVisible();
});

test('a private annotation is found by its author and by nobody else', async ({ page, browser }) => {
  await signUpNewUser(page, 'Private A');
  const word = uniqueWord('hushnote');
  const article = await seedSearchable(uniqueWord('backdrop'));
  await annotate(page.request, article, `Only I should read this ${word}.`, { visibility: 'PRIVATE' });
  await waitForIndexed(page.request, word, 1, (h) => h.type === 'annotation');

  const other = await browser.newContext();
  const pageB = await other.newPage();
  await signUpNewUser(pageB, 'Private B');
  expect((await search(pageB.request, word)).hits).toEqual([]);
  await pageB.goto(`/search?q=${word}`);
  await expect(pageB.getByRole('heading', { name: `No results for “${word}”` })).toBeVisible();
  await other.close();

  const anonymous = await browser.newContext();
  expect((await search(anonymous.request, word)).hits).toEqual([]);
  await anonymous.close();
});

test('find-in-article finds accented and plain spellings and steps through them', async ({ page }) => {
  const article = await seedArticle({
    blocks: [
      { tag: 'p', text: 'We met at the Café on the corner.' },
      { tag: 'p', text: 'The cafe had no sign; the CAFÉ next door had two.' },
      { tag: 'p', text: 'Nothing else here.' },
    ],
  });
  await page.goto(`/articles/${article.slug}`);
  const body = page.locator('.article-body');
  const before = await body.evaluate((el) => el.textContent);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const input = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(async () => {
    await page.keyboard.press('f');
    await expect(input).toBeFocused({ timeout: 500 });
  }).toPass();
  await input.fill('cafe');
  const count = page.locator('#find-in-article-count');
  await expect(count).toHaveText('1 of 3');
  await expect(body.locator('mark.find-match')).toHaveText(['Café', 'cafe', 'CAFÉ']);
  await expect(body.locator('mark.find-match-current')).toHaveText('Café');
  await input.press('Enter');
  await expect(count).toHaveText('2 of 3');
  await expect(body.locator('mark.find-match-current')).toHaveText('cafe');
  await input.press('Shift+Enter');
  await input.press('Shift+Enter');
  await expect(count).toHaveText('3 of 3');
  await expect(body.locator('mark.find-match-current')).toHaveText('CAFÉ');
  // The marks add no text: annotation offsets stay valid.
  expect(await body.evaluate((el) => el.textContent)).toBe(before);

  await input.fill('teapot');
  await expect(count).toHaveText('No matches');
  await input.press('Escape');
  await expect(input).toBeHidden();
  await expect(body.locator('mark')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Find in article/ })).toBeFocused();

  // The shortcuts dialog lists f.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Find in this article');
});
