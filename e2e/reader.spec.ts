import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { disconnectSeedDb, seedArticle, type Block } from './support/seed-article';

test.afterAll(async () => {
  await disconnectSeedDb();
});

// Enough words for a multi-minute read: 10 blocks x ~120 words.
const longBlocks: Block[] = [
  { tag: 'p', text: 'The first passage opens the article and should be where j lands first.' },
  ...Array.from({ length: 9 }, (_, i) => ({
    tag: (i === 3 ? 'h2' : 'p') as Block['tag'],
    text: i === 3 ? 'A heading in the middle' : `Passage ${i + 2}. ` + 'Words that keep the reader company on a long page. '.repeat(12).trim(),
  })),
];

test('the library lists a seeded article with its source and reading time', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: article.title }) });
  await expect(item).toBeVisible();
  await expect(item).toContainText('The Slow Review');
  await expect(item).toContainText('Mar 14, 2026');
  await expect(item).toContainText('min read');
  await item.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
});

test('the article page shows title, byline, reading time and passages', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks, byline: 'Grace Margin' });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByText('By Grace Margin')).toBeVisible();
  await expect(page.locator('.article-header')).toContainText(/\d+ min read/);
  await expect(page.locator('#p-1')).toHaveText(longBlocks[0].text);
  await expect(page).toHaveTitle(`${article.title} · Gloss`);
  // The rendered body's text is exactly the canonical text: nothing was injected.
  const bodyText = await page.locator('.article-body').evaluate((el) => el.textContent);
  expect(bodyText).toBe(article.text);
  const source = page.locator('.article-kicker a');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
});

test('an unknown slug is a 404 page', async ({ page }) => {
  const res = await page.goto('/articles/no-such-article-e2e');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
});

test('a #p-N URL targets that passage', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks });
  await page.goto(`/articles/${article.slug}#p-7`);
  const passage = page.locator('#p-7');
  await expect(passage).toBeInViewport();
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await page.locator('#p-1').evaluate((el) => el.matches(':target'))).toBe(false);
});

test('j and k move focus between passages; ? opens the shortcuts', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('#p-1')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('j');
  await expect(page.locator('#p-1')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('#p-2')).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator('#p-1')).toBeFocused();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Typing in the search box must not move between passages.
  await page.getByRole('combobox', { name: /Search/ }).fill('jjj');
  await expect(page.locator('#p-1')).not.toBeFocused();
});

test('the theme toggle switches to dark and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();
  // system -> light -> dark
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(lightBackground);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('library and article pages have no horizontal scroll', async ({ page }) => {
    const article = await seedArticle({
      blocks: [
        ...longBlocks,
        { tag: 'pre', text: 'const aVeryLongLineOfCode = "that would push the page sideways if the pre block did not scroll on its own";' },
        { tag: 'p', text: 'https://example.org/an/extremely/long/url/without/any/spaces/that/must/wrap/instead/of/overflowing/the/page' },
      ],
    });
    for (const path of ['/', `/articles/${article.slug}`, '/import']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});

test('the import page asks a signed-out visitor to sign in', async ({ page }) => {
  await page.context().clearCookies();
  await page.goto('/import');
  await expect(page.getByRole('heading', { name: 'Import an article', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to import' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).last()).toHaveAttribute('href', /\/sign-in/);
});

test('clicking the ¶ in the margin links to that passage', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks });
  await page.goto(`/articles/${article.slug}`);
  const passage = page.locator('#p-2');
  await passage.hover();
  const box = await passage.boundingBox();
  if (!box) throw new Error('passage not laid out');
  // The ¶ is drawn by CSS just left of the passage's box.
  await page.mouse.click(box.x - 12, box.y + 10);
  await expect(page).toHaveURL(/#p-2$/);
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`library and article pages pass axe checks (${scheme})`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // Missing resources are reported by URL (the console line does not say which).
    // Link prefetches of the auth pages are skipped: those pages belong to the auth work.
    page.on('response', (r) => {
      const { pathname } = new URL(r.url());
      if (r.status() >= 400 && !['/sign-in', '/sign-up'].includes(pathname)) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.emulateMedia({ colorScheme: scheme });
    const article = await seedArticle({ blocks: longBlocks });
    for (const path of ['/', `/articles/${article.slug}`, '/import']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `axe violations on ${path}`).toEqual([]);
    }
    // Hydration mismatches and client crashes show up as console errors.
    expect(errors).toEqual([]);
  });
}

test('the library paginates with labelled previous and next links', async ({ page }) => {
  // 21 new articles guarantee a second page whatever else the database holds.
  for (let i = 0; i < 21; i += 1) await seedArticle({ title: `Paginated article ${i} ${Date.now()}` });
  await page.goto('/');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText(/Page 1 of \d+/);
  await pagination.getByRole('link', { name: 'Next page, page 2' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pagination).toContainText(/Page 2 of \d+/);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })).not.toHaveCount(0);
  await pagination.getByRole('link', { name: 'Previous page, page 1' }).click();
  await expect(pagination).toContainText(/Page 1 of \d+/);
  // A page past the end shows the last page rather than an error.
  await page.goto('/?page=999999');
  await expect(pagination).toContainText(/Page (\d+) of \1/);
});

test('j after opening a #p-N link continues from that passage', async ({ page }) => {
  const article = await seedArticle({ blocks: longBlocks });
  await page.goto(`/articles/${article.slug}#p-6`);
  await expect(page.locator('#p-6')).toBeInViewport();
  await page.keyboard.press('j');
  await expect(page.locator('#p-6')).toBeFocused();
});
