import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { disconnectSeedDb, seedArticle, type Block } from './support/seed-article';

// Visual check, not an assertion of pixels: writes screenshots for a person
// to look at. Runs only when GLOSS_SHOTS_DIR is set.
const dir = process.env.GLOSS_SHOTS_DIR;
test.skip(!dir, 'set GLOSS_SHOTS_DIR to write screenshots');

test.afterAll(async () => {
  await disconnectSeedDb();
});

const essay: Block[] = [
  { tag: 'p', text: 'Most of what we read, we read in a hurry. The feed scrolls, the tab closes, and whatever the writer meant to leave with us leaves with the tab. Annotation is an old cure for this: the pencil in the margin that makes a reader slow down enough to disagree.' },
  { tag: 'p', text: 'Medieval scribes glossed their manuscripts between the lines and around the edges; the gloss grew until the commentary was longer than the text. That was not a failure of editing. It was a conversation that happened to be written down.' },
  { tag: 'h2', text: 'Margins as a meeting place' },
  { tag: 'p', text: 'A shared margin changes what reading is. When five people read the same essay and each leaves a mark, the sixth reader meets the text and the company at once. A claim that one person flags as doubtful is a claim the next person reads more carefully.' },
  { tag: 'blockquote', text: 'The margin is where a reader talks back. A book without marks is a book nobody argued with.' },
  { tag: 'p', text: 'None of this needs to be loud. A highlight is a small gesture; a question in the margin is smaller still. What matters is that the marks stay attached to the words they were about, even when the words change underneath them.' },
  { tag: 'li', text: 'Highlights keep their place when an article is revised.' },
  { tag: 'pre', text: 'gloss import https://example.org/essay --group reading-club' },
  { tag: 'p', text: 'The rest is habit: read, mark, come back, and find that someone has answered.' },
];

const variants = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const v of variants) {
    test(`screenshots ${scheme} ${v.name}`, async ({ page }) => {
      mkdirSync(dir!, { recursive: true });
      const article = await seedArticle({
        title: 'In Praise of the Margin',
        byline: 'Mira Castellan',
        siteName: 'The Slow Review',
        excerpt: essay[0].text,
        blocks: essay,
      });
      await page.setViewportSize(v.viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
      await page.screenshot({ path: `${dir}/library-${scheme}-${v.name}.png`, fullPage: false });
      await page.goto(`/articles/${article.slug}#p-4`);
      await expect(page.locator('#p-4')).toBeInViewport();
      await page.screenshot({ path: `${dir}/article-target-${scheme}-${v.name}.png` });
      await page.goto(`/articles/${article.slug}`);
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.screenshot({ path: `${dir}/article-${scheme}-${v.name}.png`, fullPage: true });
      await page.goto('/import');
      await page.screenshot({ path: `${dir}/import-${scheme}-${v.name}.png` });
      // Signed in (once auth exists): show the paste panel with a validation error.
      const paste = page.getByRole('radio', { name: 'Paste text' });
      if (await paste.count()) {
        await paste.check();
        await page.getByRole('button', { name: 'Import' }).click();
        await expect(page.getByRole('alert').filter({ hasText: /\w/ })).toBeVisible();
        await page.screenshot({ path: `${dir}/import-error-${scheme}-${v.name}.png`, fullPage: true });
      }
    });
  }
}
