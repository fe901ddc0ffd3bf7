/**
 * Importing and reading, as a new user does it: sign up, import an article
 * by pasting Markdown and by uploading a file, open it and read it. A hostile
 * HTML file imports with its scripts stripped, and nothing in it runs.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from './support/accounts';

async function chooseImportKind(page: Page, label: 'From a link' | 'Paste text' | 'Upload a file') {
  await page.goto('/import');
  await page.getByRole('radio', { name: label }).check();
}

test('a new user imports by paste and by file, then opens and reads both', async ({ page }) => {
  await signUpNewUser(page, 'Importer');
  const tag = randomUUID().slice(0, 8);

  // Paste Markdown.
  await chooseImportKind(page, 'Paste text');
  await page.getByLabel('Title', { exact: false }).first().fill(`Bus lanes ${tag}`);
  await page.getByLabel('Format').selectOption('markdown');
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(
    `# Transit report\n\nBus lanes cut average commute times by **eleven percent** in the first year.\n\nCritics say the gains ${tag} came from lower ridership, not faster buses.`,
  );
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/articles\/bus-lanes/);
  await expect(page.getByRole('heading', { level: 1, name: `Bus lanes ${tag}` })).toBeVisible();
  const body = page.locator('.article-body');
  await expect(body).toContainText('cut average commute times by eleven percent');
  await expect(body.locator('strong')).toHaveText('eleven percent');
  await expect(page.locator('#p-2')).toContainText(`Critics say the gains ${tag}`);

  // Upload a plain-text file.
  await chooseImportKind(page, 'Upload a file');
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: `harbour-${tag}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`The harbour dredging ${tag} was finished two years late.\n\nIts cost rose from 40 to 65 million.`),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.locator('.article-body')).toContainText(`The harbour dredging ${tag} was finished two years late.`);
  await expect(page.locator('.article-body')).toContainText('Its cost rose from 40 to 65 million.');

  // Both are in the library, newest first.
  await page.goto('/');
  const titles = page.locator('main h2, main h3');
  await expect(page.getByRole('link', { name: `Bus lanes ${tag}` })).toBeVisible();
  await expect(titles.first()).not.toHaveText(`Bus lanes ${tag}`); // the file came later
});

test('a hostile HTML file imports with scripts stripped and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await signUpNewUser(page, 'Careful');
  const tag = randomUUID().slice(0, 8);
  const hostile = `<!doctype html><html><head><title>Hostile ${tag}</title>
    <script>window.__pwned = 'head'; alert('head')</script></head><body>
    <article><h1>Hostile ${tag}</h1>
    <p>Readable claim ${tag}: rents rose nine percent.<script>window.__pwned='inline';alert(1)</script></p>
    <p onclick="window.__pwned='click'" onmouseover="alert('hover')">Hover over this paragraph.</p>
    <p><img src="x" onerror="window.__pwned='img';alert('img')"> <a href="javascript:window.__pwned='link'">a link</a></p>
    <svg onload="window.__pwned='svg'"><circle r="5"/></svg>
    <iframe src="javascript:alert('frame')"></iframe>
    <p><a href="https://example.org/safe">safe link</a></p>
    </article></body></html>`;
  await chooseImportKind(page, 'Upload a file');
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: `hostile-${tag}.html`, mimeType: 'text/html', buffer: Buffer.from(hostile) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/articles\//);

  const body = page.locator('.article-body');
  await expect(body).toContainText(`Readable claim ${tag}: rents rose nine percent.`);
  await body.getByText('Hover over this paragraph.').hover();
  await body.getByText('Hover over this paragraph.').click();
  await page.reload();

  const html = await body.innerHTML();
  expect(html).not.toMatch(/<script|onerror|onclick|onmouseover|onload|javascript:|<iframe|<svg/i);
  await expect(body.getByRole('link', { name: 'safe link' })).toHaveAttribute('href', 'https://example.org/safe');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
