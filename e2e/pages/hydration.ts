import { expect, type Locator } from '@playwright/test';

/**
 * Clicks once React has hydrated the element: React marks each element it hydrates with a `__reactProps$…` key, and
 * a click on server-rendered HTML before that reaches no handler (seen on slower CI machines even after the page's
 * network went idle, since each Suspense boundary hydrates on its own).
 */
export async function clickWhenHydrated(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'))), {
      message: 'the element is hydrated',
      timeout: 15_000,
    })
    .toBe(true);
  await target.click();
}
