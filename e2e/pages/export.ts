import type { Download, Locator, Page } from '@playwright/test';

export type ExportFormatLabel = 'AWS CLI' | 'CloudFormation' | 'Terraform' | 'CDK (TypeScript)';

/** The Export dialog of a domain page, the wizard's review step or the consumer panel. */
export class ExportDialog {
  constructor(readonly page: Page) {}

  /**
   * `what` as the button names it, e.g. "api.internal.example.com", "the setup for api.internal.example.com" or
   * "the plan for billing.internal.example.com" (the wizard's button reads "Export instead of creating").
   */
  button(what: string): Locator {
    const escaped = what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`^Export( instead of creating)?: ${escaped} as code$`) });
  }

  async open(what: string) {
    await this.button(what).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Export / });
  }

  async choose(format: ExportFormatLabel) {
    await this.dialog.getByRole('button', { name: format, exact: true }).click();
  }

  /** The code view of the chosen format, once loaded. */
  code(format: ExportFormatLabel): Locator {
    return this.dialog.getByLabel(new RegExp(`^${format.replace(/[()]/g, '\\$&')} export of `));
  }

  async download(): Promise<Download> {
    const started = this.page.waitForEvent('download');
    await this.dialog.getByText('Download', { exact: true }).click();
    return started;
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }
}
