import { expect, test } from '@playwright/test';

// The article API as the built app serves it (the import pipeline's jsdom,
// DOMPurify and Readability must load inside Next's server bundle).
test('article API answers 404 for unknown ids and 401 for anonymous imports', async ({ request }) => {
  const missing = await request.get('/api/articles/no-such-article');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe('NOT_FOUND');

  const anonymous = await request.post('/api/articles', { data: { url: 'https://example.com/' } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.message).toMatch(/sign in/i);
});
