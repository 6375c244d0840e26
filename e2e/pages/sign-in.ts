import { expect, type Page } from '@playwright/test';

/** The test identity provider's dev login form, then its consent screen, then back in the console. */
export async function signIn(page: Page, consoleUrl: string, login: string, path = '/') {
  await page.goto(`${consoleUrl}${path}`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL((url) => url.href.startsWith(consoleUrl));
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page.getByRole('heading', { name: 'Signed out' })).toBeVisible();
}
