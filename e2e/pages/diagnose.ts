import type { Locator, Page } from '@playwright/test';

/** /diagnose: the first broken (or unknown) link of a call, and every link in AWS's order. */
export class DiagnosePage {
  constructor(readonly page: Page) {}

  /** Opens the diagnosis for an /invoke question plus the diagnosis's own parameters (form, client, symptom). */
  async goto(params: Record<string, string>): Promise<void> {
    await this.page.goto(`/diagnose?${new URLSearchParams(params).toString()}`);
  }

  /** Opens the diagnosis for a /diagnose query string as it stands. */
  async gotoSearch(search: string): Promise<void> {
    await this.page.goto(`/diagnose?${search}`);
  }

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

  /** Which context read each side of the call. */
  get sides(): Locator {
    return this.page.getByTestId('diagnose-sides');
  }

  /** The table of every link; its status cells read OK, Broken, Unknown or Not involved. */
  get links(): Locator {
    return this.page.getByRole('table');
  }

  /** Each link's label and status (OK, Broken, Unknown, Not involved), in the order AWS evaluates them. */
  async linkStatuses(): Promise<{ link: string; status: string }[]> {
    return this.links.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((td) => td.textContent.trim());
        return { link: cells[0] ?? '', status: cells[1] ?? '' };
      }),
    );
  }

  /** The message for the account that owns the broken link. */
  get messageForOwner(): Locator {
    return this.page.getByRole('textbox', { name: 'Message for the other account' });
  }

  /** Runs the one-click fix offered on the finding, through its confirmation. */
  async applyFix(name: string): Promise<void> {
    await this.finding.getByRole('button', { name }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Apply the fix' }).click();
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
