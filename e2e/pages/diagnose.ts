import type { Locator, Page } from '@playwright/test';

/** /diagnose: the first broken (or unknown) link of a call, and every link in AWS's order. */
export class DiagnosePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Diagnose a call', level: 1 });
  }

  /** The panel naming the first broken link (or the first one that cannot be checked). */
  get finding(): Locator {
    return this.page.getByTestId('diagnose-finding');
  }

  get healthy(): Locator {
    return this.page.getByTestId('diagnose-healthy');
  }

  /** Opens the diagnosis of form `id` from its section on /invoke, as an operator does. */
  static async openFromInvoke(page: Page, formId: string): Promise<DiagnosePage> {
    await page
      .getByTestId(`invoke-form-${formId}`)
      .getByRole('link', { name: `Diagnose ${formId}` })
      .click();
    return new DiagnosePage(page);
  }
}
