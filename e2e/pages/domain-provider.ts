import { expect, type Locator, type Page } from '@playwright/test';

type DomainTab = 'Base path mappings' | 'Policies' | 'Access associations' | 'Sharing';

/** An owned private domain's detail page (/domains/{name}/{id}) with the provider's panels. */
export class DomainProviderPage {
  readonly heading: Locator;
  readonly success: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    /** `id` is needed to open the page; without it the object drives the page the test navigated to. */
    readonly domain: { name: string; id?: string },
  ) {
    this.heading = page.getByRole('heading', { name: domain.name, level: 1 });
    this.success = page.getByTestId('action-success');
    this.error = page.getByTestId('action-error');
  }

  async open(tab?: 'mappings' | 'policies' | 'associations' | 'sharing') {
    if (!this.domain.id) throw new Error(`Open ${this.domain.name} by its id`);
    await this.page.goto(`/domains/${this.domain.name}/${this.domain.id}${tab ? `?tab=${tab}` : ''}`);
  }

  readonly tab = (name: DomainTab) => this.page.getByRole('tab', { name });

  /** Tabs keep their state in the URL; a click right after a client-side navigation may land before hydration. */
  async openTab(name: DomainTab) {
    const tab = this.tab(name);
    await expect(async () => {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 1000 });
    }).toPass();
  }

  // Base path mappings
  mappingRow(basePath: string) {
    return this.page.getByTestId('resource-table').getByRole('row', { name: new RegExp(basePath) });
  }

  /** The mappings table's button (the dialog's submit button has the same name). */
  readonly addMappingButton = () =>
    this.page.getByTestId('resource-table').getByRole('button', { name: 'Add mapping' });
  readonly mappingDialog = () => this.page.getByRole('dialog', { name: 'Add base path mapping' });

  /** Add mapping dialog: its API and stage pickers load from the page's route handlers when it opens. */
  async addMapping(basePath: string, apiName: string, stage: string) {
    await this.addMappingButton().click();
    const dialog = this.mappingDialog();
    await dialog.getByRole('textbox', { name: 'Base path' }).fill(basePath);
    await dialog.getByRole('button', { name: /Private API/ }).click();
    await this.page.getByRole('option', { name: new RegExp(apiName) }).click();
    await dialog.getByRole('button', { name: /^Stage/ }).click();
    await this.page.getByRole('option', { name: stage, exact: true }).click();
    await dialog.getByRole('button', { name: 'Add mapping' }).click();
  }

  // Policies
  policySummary(text: string) {
    return this.page.getByText(text);
  }

  // Access associations
  associationRow(vpceId: string) {
    return this.page.getByRole('row', { name: new RegExp(vpceId) });
  }

  async selectAssociation(associationArn: string) {
    await this.page.getByRole('radio', { name: `Select association ${associationArn}` }).check();
  }

  /** Allows the selected association's endpoint in the domain policy and the mapped APIs' policies. */
  async allowSelectedEndpoint() {
    await this.page.getByRole('button', { name: 'Allow endpoint in policies' }).click();
    await this.page.getByRole('button', { name: 'Allow endpoint', exact: true }).click();
  }

  /** Opens the reject dialog for the selected association; returns it so the test can read what it names. */
  async startRejectingSelected() {
    await this.page.getByRole('button', { name: 'Reject' }).click();
    return this.page.getByRole('dialog', { name: 'Reject access association?' });
  }

  async confirmReject(dialog: Locator) {
    await dialog.getByRole('button', { name: 'Reject association' }).click();
  }

  // Sharing
  readonly shareDomainButton = () => this.page.getByRole('button', { name: 'Share domain' });
  readonly shareDialog = () => this.page.getByRole('dialog', { name: `Share ${this.domain.name}` });

  shareRow(shareName: string) {
    return this.page.getByRole('row', { name: new RegExp(shareName) });
  }
}

/** A private API's detail page (/apis/{id}) with the provider's policy editor and redeploy controls. */
export class ApiProviderPage {
  readonly success: Locator;
  readonly redeployBanner: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly api: { id: string; name: string },
  ) {
    this.success = page.getByTestId('action-success');
    this.redeployBanner = page.getByTestId('redeploy-banner');
    this.heading = page.getByRole('heading', { name: api.name, level: 1 });
  }

  async open(tab?: 'policy' | 'endpoints') {
    await this.page.goto(`/apis/${this.api.id}${tab ? `?tab=${tab}` : ''}`);
  }

  /** Opens the resource-policy editor and allows whole VPCs, one id per line. */
  async allowVpcs(vpcIds: string[]) {
    await this.page.getByRole('button', { name: 'Edit resource policy' }).click();
    await this.page.getByRole('textbox', { name: 'VPCs' }).fill(vpcIds.join('\n'));
  }

  readonly addedInDiff = () => this.page.getByTestId('diff-added').first();

  async savePolicy() {
    await this.page.getByRole('button', { name: 'Save policy' }).click();
  }

  async redeployFromBanner(stage: string) {
    await this.redeployBanner.getByRole('button', { name: `Redeploy ${stage}` }).click();
  }
}

/** Rows of the own-domains list (/domains) for one name: how many private domains of that name this account has. */
export async function ownedDomainRows(page: Page, name: string) {
  await page.goto(`/domains?q=${encodeURIComponent(name)}`);
  // A role query skips the hidden copy React keeps for a moment while the list streams in.
  await expect(page.getByRole('heading', { name: 'Private custom domain names owned by this account' })).toBeVisible();
  return page.getByRole('row').filter({ hasText: name });
}
