/**
 * Annotating in the reader, end to end: two people in two browser contexts
 * (live updates between them), privacy of private annotations, deep links,
 * the keyboard-only flow, accessibility with annotations open, and painting
 * 2,000 highlights (the time is logged, never asserted).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signUpNewUser } from './support/accounts';
import { disconnectSeedDb, seedArticle, type Block } from './support/seed-article';
import { disconnectAnnotationSeedDb, seedAnnotations } from './support/seed-annotations';

test.afterAll(async () => {
  await disconnectSeedDb();
  await disconnectAnnotationSeedDb();
});

const blocks: Block[] = [
  { tag: 'p', text: 'Cities that plant more trees see summer temperatures fall by several degrees within a decade.' },
  { tag: 'p', text: 'Critics answer that the cooling depends on water, soil and the species chosen, not on tree counts.' },
  { tag: 'p', text: 'A third paragraph gives the keyboard somewhere to go and the margin something to align with.' },
];

/** Selects `text` inside `selector` the way a drag would (across marks and text nodes), and waits for the toolbar. */
async function selectText(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((el, t) => {
    const at = (el.textContent ?? '').indexOf(t);
    if (at === -1) throw new Error(`text not found: ${t}`);
    const range = document.createRange();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const len = n.data.length;
      if (at >= offset && at < offset + len) range.setStart(n, at - offset);
      if (at + t.length > offset && at + t.length <= offset + len) {
        range.setEnd(n, at + t.length - offset);
        break;
      }
      offset += len;
    }
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, text);
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible();
}

const margin = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

test('two readers: highlight, tag and claim live; a dispute comes back; private stays private; deep link flashes', async ({ browser }) => {
  test.setTimeout(120_000);
  const article = await seedArticle({ blocks });
  const ctxA = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const ctxB = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  const userA = await signUpNewUser(a, 'Alice');
  await signUpNewUser(b, 'Bruno');
  await a.goto(`/articles/${article.slug}`);
  await b.goto(`/articles/${article.slug}`);
  await expect(margin(b).getByText('No annotations yet.')).toBeVisible();

  // A: select, choose "Dispute", open the editor, tag, claim, public.
  const quote = 'summer temperatures fall by several degrees';
  await selectText(a, '#p-1', quote);
  const toolbar = a.getByRole('toolbar', { name: 'Annotate selection' });
  await toolbar.getByRole('button', { name: /Dispute/ }).click();
  await toolbar.getByRole('button', { name: /Annotate/ }).click();
  const editor = a.getByRole('form', { name: 'New annotation' });
  await expect(editor.getByLabel(/Note/)).toBeFocused();
  await editor.getByLabel(/Note/).fill('The **decade** figure comes from one city.');
  await expect(editor.getByRole('radio', { name: /Dispute/ })).toBeChecked();
  const tag = `urban-heat-${Date.now().toString(36)}`;
  await editor.getByRole('combobox', { name: 'Tags' }).fill(tag);
  await editor.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(editor.getByRole('list', { name: 'Chosen tags' })).toContainText(tag);
  await editor.getByLabel('This passage makes a claim').check();
  await editor.getByLabel('Claim in one line').fill('Trees cool cities by degrees within ten years');
  await editor.getByLabel('Visible to').selectOption('PUBLIC');
  await editor.getByRole('button', { name: 'Save' }).click();

  const cardA = margin(a).getByRole('article', { name: /Annotation by Alice.*claim/ });
  await expect(cardA).toBeVisible();
  await expect(cardA).toContainText('Trees cool cities by degrees within ten years');
  await expect(cardA.locator('.card-body strong')).toHaveText('decade');
  await expect(cardA.getByRole('link', { name: `#${tag}` }).first()).toHaveAttribute('href', `/tags/${tag}`);
  await expect(a.locator('.article-body mark.hl-dispute')).toHaveText(quote);
  const claimId = (await cardA.getAttribute('id'))!.replace(/^a-/, '');
  await expect(a.getByRole('heading', { name: '1 claim in this article' })).toBeVisible();

  // B sees it live, behind the quiet indicator.
  const indicatorB = margin(b).getByRole('button', { name: '1 new — show' });
  await expect(indicatorB).toBeVisible();
  await expect(b.locator('.article-body mark')).toHaveCount(0);
  await indicatorB.click();
  const cardB = margin(b).getByRole('article', { name: /Annotation by Alice.*claim/ });
  await expect(cardB).toBeVisible();
  await expect(b.locator(`.article-body mark[data-highlight-id="${claimId}"]`)).toHaveText(quote);

  // B disputes the claim in a reply.
  await cardB.getByRole('button', { name: /Open/ }).click();
  const replyForm = cardB.getByRole('form', { name: 'Reply' });
  await replyForm.getByLabel(/Reply/).fill('Only one city was measured, so this is premature.');
  await replyForm.getByLabel('Stance').selectOption('DISPUTES');
  await replyForm.getByRole('button', { name: 'Reply' }).click();
  await expect(cardB.getByRole('list', { name: 'Replies' })).toContainText('Only one city was measured');
  await expect(cardB.locator('.tally')).toContainText('1 disputes');

  // A sees the reply live, and the tally.
  const indicatorA = margin(a).getByRole('button', { name: '1 new — show' });
  await expect(indicatorA).toBeVisible();
  await indicatorA.click();
  await expect(cardA.locator('.tally')).toContainText('1 disputes');
  await expect(cardA).toContainText('Mostly disputed');
  await expect(a.locator('.claims-summary')).toContainText('Mostly disputed');

  // Accessibility with an annotation open (A's card is still open since A made it).
  await expect(cardA.getByRole('list', { name: 'Replies' })).toContainText('Only one city was measured');
  for (const theme of ['light', 'dark']) {
    await a.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const axe = await new AxeBuilder({ page: a }).include('.reader').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  // A highlights privately (quick highlight with h; private is the default), then publicly.
  await selectText(a, '#p-2', 'depends on water');
  await a.keyboard.press('h');
  await expect(a.locator('.article-body mark', { hasText: 'depends on water' })).toHaveCount(1);
  const privateId = await a.locator('.article-body mark', { hasText: 'depends on water' }).getAttribute('data-highlight-id');
  await expect(margin(a).locator(`#a-${privateId}`)).toContainText('Only me');
  await selectText(a, '#p-3', 'keyboard somewhere to go');
  await a.getByRole('button', { name: /Annotate/ }).click();
  await a.getByRole('form', { name: 'New annotation' }).getByLabel('Visible to').selectOption('PUBLIC');
  await a.getByRole('form', { name: 'New annotation' }).getByRole('button', { name: 'Save' }).click();
  await expect(a.locator('.article-body mark', { hasText: 'keyboard somewhere to go' })).toHaveCount(1);

  // B gets exactly one new item (the public one), never the private one.
  await expect(margin(b).getByRole('button', { name: '1 new — show' })).toBeVisible();
  await margin(b).getByRole('button', { name: '1 new — show' }).click();
  await expect(b.locator('.article-body mark', { hasText: 'keyboard somewhere to go' })).toHaveCount(1);
  await expect(b.locator(`[data-highlight-id="${privateId}"]`)).toHaveCount(0);
  await expect(b.locator(`#a-${privateId}`)).toHaveCount(0);
  await b.reload();
  await expect(b.locator('.article-body mark', { hasText: 'keyboard somewhere to go' })).toHaveCount(1);
  await expect(b.locator(`[data-highlight-id="${privateId}"]`)).toHaveCount(0);
  expect(await b.content()).not.toContain(privateId);

  // Deep link: opens the card, scrolls to and flashes the passage.
  const c = await ctxB.newPage();
  await c.goto(`/articles/${article.slug}#a-${claimId}`);
  await expect(c.locator(`#a-${claimId}`)).toBeFocused();
  await expect(c.locator(`mark[data-highlight-id="${claimId}"]`).first()).toHaveClass(/is-flash/);
  await expect(c.locator(`#a-${claimId}`).getByRole('list', { name: 'Replies' })).toBeVisible();
  await expect(c.locator(`mark[data-highlight-id="${claimId}"]`).first()).toBeInViewport();
  expect(userA.name).toContain('Alice');
  await ctxA.close();
  await ctxB.close();
});

test('keyboard only: annotate a passage with a, then reply', async ({ page }) => {
  const article = await seedArticle({ blocks });
  await signUpNewUser(page, 'Keys');
  await page.goto(`/articles/${article.slug}`);
  await page.locator('body').press('j');
  await expect(page.locator('#p-1')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('#p-2')).toBeFocused();
  await page.keyboard.press('a');
  const editor = page.getByRole('form', { name: 'New annotation' });
  await expect(editor.getByLabel(/Note/)).toBeFocused();
  await page.keyboard.type('Water matters more than counts.');
  // Tab to Save and press Enter, as a keyboard user would.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Save') break;
  }
  await page.keyboard.press('Enter');
  const card = page.getByRole('article', { name: /Annotation by Keys/ });
  await expect(card).toBeFocused();
  await expect(page.locator('.article-body mark')).toHaveText(blocks[1].text);
  // The open thread's reply box is loaded on first use: wait until it is there, as a reader would.
  await expect(card.getByRole('form', { name: 'Reply' })).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('textarea') ?? false)) break;
  }
  await expect(card.getByRole('form', { name: 'Reply' }).getByLabel(/Reply/)).toBeFocused();
  await page.keyboard.type('And soil, too.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('list', { name: 'Replies' })).toContainText('And soil, too.');
  // Esc closes the editor and gives focus back to the passage.
  await page.locator('#p-3').focus();
  await page.keyboard.press('a');
  await expect(page.getByRole('form', { name: 'New annotation' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'New annotation' })).toHaveCount(0);
  await expect(page.locator('#p-3')).toBeFocused();
});

test('2,000 highlights all paint, and orphans are listed with their quote', async ({ page }) => {
  test.setTimeout(120_000);
  const paragraphs: Block[] = Array.from({ length: 60 }, (_, i) => ({
    tag: 'p',
    text: `Paragraph ${i + 1}. ` + 'Annotated prose keeps many readers busy with overlapping highlights and notes. '.repeat(6).trim(),
  }));
  const article = await seedArticle({ blocks: paragraphs });
  const { ids, orphanIds } = await seedAnnotations(article, 2000, 1);
  expect(ids).toHaveLength(2000);
  await page.setViewportSize({ width: 1400, height: 900 });
  const started = Date.now();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).toHaveAttribute('data-paint-count', '2000', { timeout: 30_000 });
  const painted = await page.locator('.article-body').evaluate((el) => new Set([...el.querySelectorAll('mark[data-highlight-id]')].map((m) => m.getAttribute('data-highlight-id'))).size);
  expect(painted).toBe(2000);
  // Painted while the page loaded (data-prepaint-ms), then adopted at hydration (data-paint-ms, ~0).
  const paintMs = `${await page.locator('.article-body').getAttribute('data-prepaint-ms')} + ${await page.locator('.article-body').getAttribute('data-paint-ms')}`;
  const text = await page.locator('.article-body').evaluate((el) => el.textContent);
  expect(text).toBe(article.text);
  console.log(`[annotate.spec] painted 2000 highlights in ${paintMs} ms (page load to painted ${Date.now() - started} ms)`);
  // A repaint (filter to claims only, then back) also measured.
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /^Claims/ }).click();
  await expect(page.locator('.article-body')).toHaveAttribute('data-paint-count', '0');
  await page.getByRole('button', { name: /^Claims/ }).click();
  await expect(page.locator('.article-body')).toHaveAttribute('data-paint-count', '2000');
  const t1 = await page.evaluate(() => performance.now());
  console.log(`[annotate.spec] unpaint + repaint of 2000 highlights round trip: ${(t1 - t0).toFixed(0)} ms`);

  const orphans = page.locator('details.orphans');
  await expect(orphans.locator('summary')).toContainText('Orphans (1)');
  await orphans.locator('summary').click();
  await expect(orphans.locator(`#a-${orphanIds[0]}`)).toContainText('A sentence that was removed');
});

test('highlights are painted while the page loads, before the app’s JavaScript runs', async ({ page }) => {
  const article = await seedArticle({ blocks });
  const { ids } = await seedAnnotations(article, 40);
  // No app JavaScript at all: only the inline early paint can have painted.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto(`/articles/${article.slug}`);
  const body = page.locator('.article-body');
  await expect(body).toHaveAttribute('data-prepainted', '40');
  await expect(body).not.toHaveAttribute('data-reader-ready');
  const painted = await body.evaluate((el) => [...new Set([...el.querySelectorAll('mark[data-highlight-id]')].map((m) => m.getAttribute('data-highlight-id')))]);
  expect(painted.sort()).toEqual([...ids].sort());
  expect(await body.evaluate((el) => el.textContent)).toBe(article.text);
  // Overlapping highlights nest, each mark carries its meaning's class.
  expect(await body.locator('mark[data-highlight-id] mark[data-highlight-id]').count()).toBeGreaterThan(0);
  expect(await body.locator('mark[data-highlight-id]:not(.hl)').count()).toBe(0);
});

test('on a phone, tapping a highlight opens the drawer with its card', async ({ page }) => {
  const article = await seedArticle({ blocks });
  const { ids } = await seedAnnotations(article, 3);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).toHaveAttribute('data-paint-count', '3');
  await expect(margin(page)).toBeHidden();
  // Dispatched on the mark itself: seeded highlights may overlap, and a tap lands on the innermost.
  await page.locator(`mark[data-highlight-id="${ids[0]}"]`).first().dispatchEvent('click');
  await expect(margin(page)).toBeVisible();
  await expect(page.locator(`#a-${ids[0]}`)).toBeFocused();
});

test('editing a note someone changed meanwhile shows their version and re-applies mine', async ({ page, context }) => {
  const article = await seedArticle({ blocks });
  await signUpNewUser(page, 'Editor');
  await page.goto(`/articles/${article.slug}`);
  await selectText(page, '#p-1', 'plant more trees');
  await page.getByRole('button', { name: /Annotate/ }).click();
  const editor = page.getByRole('form', { name: 'New annotation' });
  await editor.getByLabel(/Note/).fill('First words.');
  await editor.getByRole('button', { name: 'Save' }).click();
  const card = page.getByRole('article', { name: /Annotation by Editor/ });
  await expect(card).toContainText('First words.');
  await card.getByRole('button', { name: 'Edit' }).click();
  await card.getByRole('form', { name: 'Edit' }).getByLabel(/Note/).fill('My careful rewrite.');

  // Meanwhile, the same person saves another version from a second tab.
  const other = await context.newPage();
  await other.goto(`/articles/${article.slug}`);
  const otherCard = other.getByRole('article', { name: /Annotation by Editor/ });
  await otherCard.getByRole('button', { name: /Open/ }).click();
  await otherCard.getByRole('button', { name: 'Edit' }).click();
  await otherCard.getByRole('form', { name: 'Edit' }).getByLabel(/Note/).fill('Their quick change.');
  await otherCard.getByRole('form', { name: 'Edit' }).getByRole('button', { name: 'Save' }).click();
  // Wait for the save itself: the card "contains" the new text as soon as it is typed
  // (React mirrors a controlled textarea's value into its text), before anything is sent.
  await expect(otherCard.getByRole('form', { name: 'Edit' })).toBeHidden();
  await expect(otherCard.locator('.card-body')).toHaveText('Their quick change.');

  await card.getByRole('form', { name: 'Edit' }).getByRole('button', { name: 'Save' }).click();
  const conflict = card.getByRole('alert');
  await expect(conflict).toContainText('Someone else changed this');
  await expect(conflict).toContainText('Their quick change.');
  await conflict.getByRole('button', { name: 'Re-apply my changes' }).click();
  await expect(card.locator('.card-body')).toHaveText('My careful rewrite.');
  await expect(card).toContainText('edited');
  await page.reload();
  await expect(page.getByRole('article', { name: /Annotation by Editor/ })).toContainText('My careful rewrite.');
});

test('filters with counts, tags added and removed on my annotation, and flagging someone else’s', async ({ page }) => {
  const article = await seedArticle({ blocks });
  const { ids } = await seedAnnotations(article, 3);
  await signUpNewUser(page, 'Tagger');
  await page.goto(`/articles/${article.slug}`);
  const filters = page.getByRole('group', { name: 'Filter annotations' });
  await expect(filters.getByRole('button', { name: /^All/ })).toContainText('3');
  await filters.getByRole('button', { name: /^Mine/ }).click();
  await expect(margin(page).getByText('Nothing matches these filters.')).toBeVisible();
  await expect(page.locator('.article-body mark')).toHaveCount(0);
  await filters.getByRole('button', { name: /^All/ }).click();

  // Flag one of the seeded annotations with a reason.
  const theirs = page.locator(`#a-${ids[0]}`);
  await theirs.getByRole('button', { name: /Open/ }).click();
  await theirs.getByRole('button', { name: 'Flag' }).click();
  await theirs.getByLabel('Why flag this?').fill('Spam link');
  await theirs.getByRole('button', { name: 'Send flag' }).click();
  await expect(margin(page).getByRole('status')).toContainText('Flagged for the moderators');

  // My own quick highlight (private), then tags from its open card.
  await selectText(page, '#p-3', 'margin something to align');
  await page.keyboard.press('h');
  const mine = page.getByRole('article', { name: /Annotation by Tagger/ });
  await expect(mine).toContainText('Only me');
  const tag = `align-${Date.now().toString(36)}`;
  await mine.getByRole('combobox', { name: 'Edit tags' }).fill(tag);
  await mine.getByRole('combobox', { name: 'Edit tags' }).press('Enter');
  await expect(mine.getByRole('link', { name: `#${tag}` })).toHaveAttribute('href', `/tags/${tag}`);
  await filters.getByLabel('Tag').selectOption(tag);
  await expect(filters.getByRole('button', { name: /^All/ })).toContainText('1');
  // Only my highlight is painted (it may be split into several marks where others were).
  await expect
    .poll(() => page.locator('.article-body mark[data-highlight-id]').evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-highlight-id')))].length))
    .toBe(1);
  expect((await page.locator('.article-body mark[data-highlight-id]').allTextContents()).join('')).toBe('margin something to align');
  await filters.getByLabel('Tag').selectOption('');
  await mine.getByRole('button', { name: `Remove tag ${tag}` }).click();
  await expect(mine.getByRole('link', { name: `#${tag}` })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('article', { name: /Annotation by Tagger/ })).not.toContainText(tag);
});
