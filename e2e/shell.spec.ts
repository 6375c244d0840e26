import { test, expect, resetEmulator, switchContext, switchRegion } from './fixtures';

test.beforeAll(resetEmulator);

test('the banner says emulator and who you are, and the header switches account and Region', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByTestId('target-banner');
  await expect(banner).toContainText('EMULATOR');
  await expect(banner).toContainText('Provider');
  await expect(banner).toContainText('111111111111');
  await expect(banner).toContainText('us-east-1');

  await switchContext(page, 'Consumer');
  await expect(banner).toContainText('222222222222');
  await expect(page.getByRole('button', { name: 'Account context' })).toContainText('222222222222');

  await switchRegion(page, 'eu-west-1');
  await expect(banner).toContainText('eu-west-1');

  // The choice travels in a cookie: a fresh navigation keeps it.
  await page.goto('/');
  await expect(banner).toContainText('Consumer');
  await expect(banner).toContainText('eu-west-1');
});

test('a forged context cookie is ignored, never used as a profile name', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'console-context', value: 'profile:../../etc/passwd', url: baseURL! }]);
  await page.goto('/');
  await expect(page.getByTestId('target-banner')).toContainText('Provider');
});
