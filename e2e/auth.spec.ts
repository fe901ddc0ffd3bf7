/**
 * Accounts end to end, as a person would use them: sign up, sign out, sign in
 * (by keyboard), the messages for a wrong password, an unknown email, a weak
 * password and a taken email, and personal API tokens from /settings used
 * with the JSON API until revoked. Every test makes its own user.
 */
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { PASSWORD, submitSignUp, uniqueEmail } from './support/accounts';
import { expect, test, type Page } from '@playwright/test';

const signUp = submitSignUp;

test('a new user signs up, signs out, and signs in again; wrong password and unknown email are explained', async ({ page }) => {
  const name = `Ada ${randomUUID().slice(0, 6)}`;
  const email = uniqueEmail('ada');
  await signUp(page, name, `  ${email.toUpperCase()} `);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  // The header's user menu shows who is signed in.
  const menu = page.getByRole('navigation', { name: 'Account' });
  await expect(menu).toContainText(name);
  await expect(menu.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');

  await menu.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);

  // Wrong password: the message is tied to the password field.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('tangerine-42-lamb');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong password.')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email')).toHaveValue(email);

  // Unknown email.
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('No account with that email.')).toBeVisible();

  // The right password, by keyboard only.
  await page.getByLabel('Email').fill('');
  await page.getByLabel('Email').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
});

test('sign-up explains a weak password, an invalid email and a taken email', async ({ page }) => {
  const email = uniqueEmail('weak');
  await signUp(page, 'Weak', email, 'short1');
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address, like name@example.org.')).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('That password is too common.', { exact: false })).toBeVisible();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/settings$/);

  // Same email again, from a fresh browser.
  await page.context().clearCookies();
  await signUp(page, 'Copy', email);
  await expect(page.getByText('An account with that email already exists.', { exact: false })).toBeVisible();
});

test('an API token made in settings works as a bearer token until revoked', async ({ page, request }) => {
  await signUp(page, 'Token Owner', uniqueEmail('tokens'));
  await expect(page).toHaveURL(/\/settings$/);
  const tokenName = `script ${randomUUID().slice(0, 6)}`;
  await page.getByLabel('Token name').fill(tokenName);
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-token-secret').textContent())!.trim();
  expect(secret).toMatch(/^gloss_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('row', { name: new RegExp(tokenName) })).toContainText(secret.slice(0, 14));

  const auth = { Authorization: `Bearer ${secret}` };
  const listed = await request.get('/api/tokens', { headers: auth });
  expect(listed.status()).toBe(200);
  expect((await listed.json()).tokens.map((t: { name: string }) => t.name)).toContain(tokenName);

  // Without a token, or with a made-up one, the API says 401.
  expect((await request.get('/api/tokens')).status()).toBe(401);
  expect((await request.get('/api/tokens', { headers: { Authorization: `Bearer gloss_${'A'.repeat(43)}` } })).status()).toBe(401);

  await page.getByRole('button', { name: `Revoke token ${tokenName}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(tokenName) })).toHaveCount(0);
  const after = await request.get('/api/tokens', { headers: auth });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('UNAUTHORIZED');
});

test('account pages have no accessibility violations and fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/sign-in', '/sign-up']) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await signUp(page, 'Phone User', uniqueEmail('phone'));
  await expect(page).toHaveURL(/\/settings$/);
  await page.getByLabel('Token name').fill('phone token');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('new-token-secret')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.context().clearCookies();
  await page.goto('/sign-in?callbackUrl=%2Fsettings');
  await page.getByRole('button', { name: 'Sign in' }).click(); // empty form: shows field errors
  await expect(page.getByText('Enter your password.')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `dark sign-in ${v.id}: ${v.help}`)).toEqual([]);
});
