import { expect, type Locator } from '@playwright/test';

/**
 * Waits until React has hydrated the element: React marks each element it hydrates with a `__reactProps$…` key. A
 * click on server-rendered HTML before that reaches no handler, and text typed into a controlled input is reset by
 * hydration (both seen on slower CI machines even after the page's network went idle, since each Suspense boundary
 * hydrates on its own).
 */
export async function whenHydrated(target: Locator): Promise<Locator> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'))), {
      message: 'the element is hydrated',
      timeout: 15_000,
    })
    .toBe(true);
  return target;
}

export async function clickWhenHydrated(target: Locator): Promise<void> {
  await (await whenHydrated(target)).click();
}

/** Opens a Cloudscape select or menu once it is hydrated, and picks one of its options. */
export async function chooseOption(trigger: Locator, option: Locator): Promise<void> {
  await clickWhenHydrated(trigger);
  await option.click();
}
