import { test, expect, resetEmulator } from './fixtures';

test.beforeAll(resetEmulator);

test('the banner says emulator and who you are, and the header switches account and Region', async ({ shell }) => {
  await shell.visit('/');
  await expect(shell.banner).toContainText('EMULATOR');
  await expect(shell.banner).toContainText('Provider');
  await expect(shell.banner).toContainText('111111111111');
  await expect(shell.banner).toContainText('us-east-1');

  await shell.switchContext('Consumer');
  await expect(shell.banner).toContainText('222222222222');
  await expect(shell.accountMenu).toContainText('Consumer');

  await shell.switchRegion('eu-west-1');
  await expect(shell.banner).toContainText('eu-west-1');
  await expect(shell.regionMenu).toContainText('eu-west-1');

  // The choice travels in a cookie: a fresh navigation keeps it.
  await shell.visit('/');
  await expect(shell.banner).toContainText('Consumer');
  await expect(shell.banner).toContainText('eu-west-1');
});

test('a forged context cookie is ignored, never used as a profile name', async ({ shell, context, baseURL }) => {
  await context.addCookies([{ name: 'console-context', value: 'profile:../../etc/passwd', url: baseURL! }]);
  await shell.visit('/');
  await expect(shell.banner).toContainText('Provider');
});

test('an address with nothing behind it says so and offers the lists, inside the console frame', async ({
  shell,
  page,
}) => {
  await shell.visit('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Not found', level: 1 })).toBeVisible();
  await expect(page.getByTestId('not-found')).toContainText('switch the account context or the Region');
  await page.getByTestId('not-found').getByRole('link', { name: 'Custom domain names' }).click();
  await expect(page).toHaveURL(/\/domains$/);
  await expect(shell.banner).toContainText('EMULATOR');
});

test('the header menus can be used with the keyboard alone', async ({ shell, page }) => {
  await shell.visit('/');
  await shell.accountMenu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /^Consumer\b/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(shell.banner).toContainText('Consumer');
});
