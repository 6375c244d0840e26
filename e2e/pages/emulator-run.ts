import { expect, type Locator, type Page } from '@playwright/test';

/** "Run against the emulator" under one form's snippets on /invoke, and the live call (also on /diagnose). */
export class EmulatorRun {
  constructor(
    readonly page: Page,
    readonly formId: string,
  ) {}

  private get form(): Locator {
    return this.page.getByTestId(`invoke-form-${this.formId}`);
  }

  get heading(): Locator {
    return this.form.getByRole('heading', { name: 'Run against the emulator' });
  }

  get unresolvable(): Locator {
    return this.page.getByTestId(`emulator-unresolvable-${this.formId}`);
  }

  get prediction(): Locator {
    return this.page.getByTestId(`emulator-prediction-${this.formId}`);
  }

  async selectTab(tool: string): Promise<void> {
    await this.form.getByRole('tab', { name: `${tool} — emulator`, exact: true }).click();
  }

  /** Copies the emulator variant of `tool` with its copy button and returns what landed on the clipboard. */
  async copy(tool: string): Promise<string> {
    await this.selectTab(tool);
    await this.form.getByRole('button', { name: `Copy ${tool} — emulator snippet for ${this.formId}` }).click();
    await expect(this.form.getByText(`${tool} — emulator snippet copied`)).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses the live-call button (`label` as the page names it) and waits for the real answer. */
  async call(label = 'Call it now through the emulator'): Promise<void> {
    await this.page.getByRole('button', { name: `${label} (${this.formId})` }).click();
    await expect(this.verdict).toBeVisible({ timeout: 30_000 });
  }

  get result(): Locator {
    return this.page.getByTestId(`live-call-result-${this.formId}`);
  }

  get body(): Locator {
    return this.page.getByTestId(`live-call-body-${this.formId}`);
  }

  get verdict(): Locator {
    return this.page.getByTestId(`live-call-verdict-${this.formId}`);
  }
}
