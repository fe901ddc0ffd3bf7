/**
 * An article re-imported with edits: its annotations follow their text to the
 * new revision (painted where the words now are) or, when their words are
 * gone, show up in the Orphans panel with their quote, never in a wrong place.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from './support/accounts';
import { SAME_ORIGIN } from './support/same-origin';

async function paste(page: Page, title: string, text: string) {
  const res = await page.request.post('/api/articles', { headers: SAME_ORIGIN, data: { title, format: 'text', content: text } });
  expect([200, 201]).toContain(res.status());
  return (await res.json()) as { id: string; slug: string; status: string };
}

async function annotate(page: Page, articleId: string, exact: string, body: string) {
  const text: string = (await (await page.request.get(`/api/articles/${articleId}`)).json()).revision.text;
  const start = text.indexOf(exact);
  const res = await page.request.post('/api/annotations', {
    headers: SAME_ORIGIN,
    data: { articleId, selector: { exact, start, end: start + exact.length }, body, visibility: 'PUBLIC' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()).id as string).split('/').pop()!;
}

test('annotations follow an edited re-import, or become orphans with their quote', async ({ page }) => {
  await signUpNewUser(page, 'Editor');
  const title = `Budget review ${randomUUID().slice(0, 8)}`;
  const first = await paste(page, title, [
    'The transit budget grew by nine percent this year.',
    'Oficials said the new depot would open in spring, a year late.',
    'Fares will stay frozen until the next election.',
  ].join('\n\n'));
  const moved = await annotate(page, first.id, 'Oficials said the new depot would open in spring', 'Which spring?');
  const orphaned = await annotate(page, first.id, 'Fares will stay frozen', 'Promise noted.');

  const second = await paste(page, title, [
    'An editor’s note now opens the article.',
    'The transit budget grew by nine percent this year.',
    'Officials said the new depot would open in spring, a year late.', // typo fixed inside the quote
  ].join('\n\n'));
  expect(second).toMatchObject({ id: first.id, status: 'revised' });

  await page.goto(`/articles/${first.slug}`);
  const body = page.locator('.article-body');
  await expect(body).toContainText('An editor’s note now opens the article.');
  // The moved highlight is painted over its words in the new text.
  const marks = body.locator(`mark[data-highlight-id="${moved}"]`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join('')).toBe('Officials said the new depot would open in spring');
  // The orphan is not painted anywhere, and the Orphans panel shows its quote.
  await expect(body.locator(`mark[data-highlight-id="${orphaned}"]`)).toHaveCount(0);
  const orphans = page.locator('details.orphans');
  await expect(orphans.locator('summary')).toContainText('Orphans (1)');
  await orphans.locator('summary').click();
  await expect(orphans).toContainText('Fares will stay frozen');
  await expect(orphans).toContainText('Promise noted.');
});
