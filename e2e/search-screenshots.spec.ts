import { expect, test } from '@playwright/test';
import { disconnectIndexDb, queueArticleForSearch } from './support/index-article';
import { disconnectSeedDb, seedArticle } from './support/seed-article';

// Visual check, not an assertion: screenshots of search for a person to look at. Runs only when GLOSS_SHOTS_DIR is set.
const dir = process.env.GLOSS_SHOTS_DIR;
test.skip(!dir, 'set GLOSS_SHOTS_DIR to write screenshots');
test.afterAll(async () => {
  await disconnectSeedDb();
  await disconnectIndexDb();
});

test('search screenshots', async ({ page }) => {
  const article = await seedArticle({
    blocks: [
      { tag: 'p', text: 'A café on the corner sells marginalia by the ounce.' },
      { tag: 'p', text: 'The marginalia of medieval scribes grew longer than the text; the cafe crowd agreed.' },
    ],
  });
  await queueArticleForSearch(article.id);
  await expect
    .poll(async () => (await (await page.request.get('/api/search?q=marginalia')).json()).hits.some((h: { articleId: string }) => h.articleId === article.id), { timeout: 30_000 })
    .toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search?q=marginalia');
  await page.screenshot({ path: `${dir}/search-page.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/search-page-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('margnalia');
  await page.locator('.search-option-hit').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: `${dir}/search-popup.png` });
  await page.goto(`/articles/${article.slug}`);
  await page.keyboard.press('f');
  await page.keyboard.type('cafe');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${dir}/find-bar.png` });
});
