import { expect, test } from '@playwright/test';

test('health reports the database and search as up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ db: 'ok', search: 'ok' });
  expect(typeof body.version).toBe('string');
});
