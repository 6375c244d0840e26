import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, whenHydrated } from './hydration';

export type ConsumerStepId = 'access' | 'associate' | 'dns' | 'provider' | 'invoke';

/**
 * The "Use this domain" panel of a domain shared with this account: its five steps and the Leave section, as a
 * consumer admin sees them.
 */
export class ConsumerPanel {
  constructor(readonly page: Page) {}

  async open(domain: { name: string; id: string }, query = '') {
    await this.page.goto(`/domains/${domain.name}/${domain.id}${query}`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Use this shared domain' });
  }

  step(id: ConsumerStepId): Locator {
    return this.page.getByTestId(`step-${id}`);
  }

  /** "Done", "To do", "To do by the provider" or "Blocked". */
  status(id: ConsumerStepId): Locator {
    return this.step(id).getByTestId(`step-status-${id}`);
  }

  async associate(vpceId: string) {
    const step = this.step('associate');
    await (await whenHydrated(step.getByRole('radio', { name: `Select endpoint ${vpceId}` }))).check();
    await step.getByRole('button', { name: 'Associate endpoint' }).click();
  }

  endpointRow(vpceId: string): Locator {
    return this.step('associate').getByRole('row', { name: new RegExp(vpceId) });
  }

  get associateResult(): Locator {
    return this.step('associate').getByTestId('associate-result');
  }

  /** The error of the step's last action. */
  actionError(id: ConsumerStepId): Locator {
    return this.step(id).getByTestId('action-error');
  }

  dnsRecords(vpceId: string): Locator {
    return this.step('dns').getByRole('table', { name: `DNS records for ${vpceId}` });
  }

  async pickZone(vpceId: string, zone: RegExp) {
    await chooseOption(
      this.step('dns').getByRole('button', { name: `Private hosted zone for ${vpceId}` }),
      this.page.getByRole('option', { name: zone }),
    );
  }

  /** Writes the record for the first associated endpoint listed (or the only one). */
  async createDnsRecord() {
    await this.step('dns').getByRole('button', { name: 'Create DNS record' }).first().click();
  }

  get dnsResult(): Locator {
    return this.step('dns').getByTestId('dns-result');
  }

  async turnOnVpcDns() {
    await this.step('dns').getByRole('button', { name: 'Turn on DNS support and DNS hostnames' }).click();
  }

  get providerMessage(): Locator {
    return this.step('provider').getByTestId('provider-message');
  }

  async copyProviderMessage(): Promise<string> {
    await this.step('provider').getByRole('button', { name: 'Copy message' }).click();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Enters the base path the provider named in the "Call the domain" step (Enter applies it). */
  async useBasePath(basePath: string) {
    // Typed before hydration (right after a load), the value would be reset and Enter would submit nothing.
    const field = await whenHydrated(this.step('invoke').getByRole('textbox', { name: 'Base path' }));
    await field.fill(basePath);
    await expect(field).toHaveValue(basePath);
    await field.press('Enter');
  }

  /** A snippet line of the "Call the domain" step, e.g. `--url 'https://…/'`. */
  snippet(text: string): Locator {
    return this.step('invoke').getByText(text).filter({ visible: true }).first();
  }

  get invokeLink(): Locator {
    return this.step('invoke').getByRole('link', { name: 'Open in Invoke URLs' });
  }

  /** The invoke answer's row for one prerequisite of the recommended form. */
  prerequisite(label: string): Locator {
    return this.step('invoke')
      .getByRole('row', { name: new RegExp(label) })
      .filter({ visible: true })
      .first();
  }

  async leave(vpceId: string, { withDns }: { withDns: boolean } = { withDns: true }) {
    await this.page.getByRole('button', { name: `Delete association of ${vpceId}` }).click();
    const dialog = this.page.getByRole('dialog');
    const checkbox = dialog.getByRole('checkbox', { name: /Also delete the alias records/ });
    if ((await checkbox.isChecked()) !== withDns) await checkbox.setChecked(withDns);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  get leaveResult(): Locator {
    return this.page.getByTestId('leave-result');
  }
}
