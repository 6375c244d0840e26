import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Waits until React has hydrated every control the console's page has rendered so far (pages that are not the
 * console's, such as the identity provider's sign-in form, have no Next runtime and pass at once). An operator waits
 * for a page to become usable before clicking; a test that does not clicks server-rendered HTML that has no handler
 * yet, or types into a field that hydration then resets.
 */
export async function pageHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      // Next's script tags come first in the head; its inline data (`__next_f`) only later in the stream.
      !document.querySelector('script[src*="/_next/"]') ||
      [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea')].every((el) =>
        Object.keys(el).some((key) => key.startsWith('__reactProps$')),
      ),
    undefined,
    { timeout: 60_000, polling: 50 },
  );
}
