/**
 * Exporting an article's threads from the reader's margin: the download is a
 * Markdown file with the reader's own note and its reply, and "only yours"
 * leaves out what others wrote.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from './support/accounts';
import { postAnnotation } from './support/annotations';
import { disconnectSeedDb, seedArticle } from './support/seed-article';

test.afterAll(async () => {
  await disconnectSeedDb();
});

async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('the margin exports all visible threads, or only mine, as Markdown', async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await signUpNewUser(a, 'Exporter');
  await signUpNewUser(b, 'Other reader');
  const article = await seedArticle();
  await postAnnotation(a, article, { exact: 'a choice of attention', body: 'My own **point**', tags: ['Attention'], visibility: 'PUBLIC' });
  await postAnnotation(b, article, { exact: 'Reading slowly', body: 'Someone else’s note', visibility: 'PUBLIC' });

  await a.goto(`/articles/${article.slug}`);
  const margin = a.getByRole('complementary', { name: 'Annotations' });
  await expect(margin.getByText('My own')).toBeVisible();
  const all = await download(a, 'all you can see');
  expect(all.name).toBe(`${article.slug}-annotations.md`);
  expect(all.text).toContain(`# ${article.title}`);
  expect(all.text).toContain('> a choice of attention');
  expect(all.text).toContain('My own **point**');
  expect(all.text).toContain('#attention');
  expect(all.text).toContain('Someone else’s note');
  const mine = await download(a, 'only yours');
  expect(mine.text).toContain('My own **point**');
  expect(mine.text).not.toContain('Someone else’s note');

  await ctxA.close();
  await ctxB.close();
});
