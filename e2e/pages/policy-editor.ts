import type { Locator, Page } from '@playwright/test';

/** The policy tab of an API or a domain: the stored policy, its lint findings, and the editor. */
export class PolicyEditorPanel {
  constructor(readonly page: Page) {}

  /** The warning that lists what the policy (stored, or being edited) may not do as meant. */
  get lint(): Locator {
    return this.page.getByText('This policy may not do what you mean');
  }

  /** One lint finding, e.g. /statement #1: aws:SourceIp never matches/. */
  finding(text: RegExp): Locator {
    return this.page.getByText(text);
  }

  /** The AWS documentation link of a finding. */
  docLink(text: RegExp): Locator {
    return this.finding(text).getByRole('link', { name: 'AWS documentation' });
  }

  /** Opens the editor with its button, switches it to JSON and types `policy` (nothing is saved). */
  async editJson(button: 'Edit resource policy' | 'Edit invoke policy', policy: unknown): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.getByRole('radio', { name: 'Edit the JSON' }).check();
    await this.page.getByRole('textbox', { name: 'Policy JSON' }).fill(JSON.stringify(policy, null, 2));
  }
}
