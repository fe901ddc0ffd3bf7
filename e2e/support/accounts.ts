/** Account helpers for e2e specs: every test makes its own uniquely named user. */
import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'tangerine-42-lamp';

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 12)}@example.org`;

/** Fills in and submits the sign-up form (does not wait for the result). */
export async function submitSignUp(page: Page, name: string, email: string, password = PASSWORD, callbackUrl = '/settings') {
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Signs up a fresh user and waits until they are signed in; returns their email and name. */
export async function signUpNewUser(page: Page, label = 'reader') {
  const name = `${label} ${randomUUID().slice(0, 6)}`;
  const email = uniqueEmail(label.toLowerCase().replace(/\W+/g, '-'));
  await submitSignUp(page, name, email, PASSWORD, '/');
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(name);
  return { name, email };
}
