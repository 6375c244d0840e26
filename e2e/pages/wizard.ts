import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './hydration';

/** The create-private-domain wizard (/domains/new) and the progress of its run, as an operator drives them. */
export class CreateDomainWizard {
  readonly plan: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.plan = page.getByTestId('plan-steps');
    this.progress = page.getByTestId('creation-progress');
  }

  async open() {
    await this.page.goto('/domains/new');
  }

  readonly nextButton = () => this.page.getByRole('button', { name: 'Next', exact: true });
  /** The current step's title: the page's h1, focused by the wizard when the step opens. */
  readonly stepTitle = (title: string) => this.page.getByRole('heading', { name: title, level: 1 });

  async next() {
    await this.nextButton().click();
  }

  async cancel() {
    await this.page.getByRole('button', { name: 'Cancel', exact: true }).click();
  }

  /** Opens a Cloudscape select by its label and picks an option. */
  private async choose(select: Locator, option: RegExp | string) {
    await chooseOption(select, this.page.getByRole('option', { name: option }));
  }

  // Step 1: name and certificate
  readonly domainName = () => this.page.getByRole('textbox', { name: 'Domain name' });
  readonly certificate = () => this.page.getByRole('button', { name: /^ACM certificate/ });

  async nameAndCertificate(domainName: string, certificate: RegExp) {
    await this.domainName().fill(domainName);
    await this.choose(this.certificate(), certificate);
  }

  // Step 2: access policy
  readonly ownEndpoints = () => this.page.getByRole('button', { name: /^VPC endpoints of this account/ });

  async allowOwnEndpoint(vpceId: string) {
    await chooseOption(this.ownEndpoints(), this.page.getByRole('option', { name: new RegExp(vpceId) }));
    await this.page.keyboard.press('Escape');
  }

  readonly otherEndpoints = () => this.page.getByRole('textbox', { name: 'VPC endpoints of other accounts' });

  async writePolicy(json: string) {
    await this.page.getByRole('radio', { name: 'Write the policy JSON' }).check();
    await this.page.getByRole('textbox', { name: 'Domain policy JSON' }).fill(json);
  }

  async generatePolicy() {
    await this.page.getByRole('radio', { name: 'Allow chosen VPC endpoints and VPCs' }).check();
  }

  // Step 3: mappings (rows count from 1)
  readonly basePath = (row: number) => this.page.getByRole('textbox', { name: `Base path ${String(row)}` });
  readonly api = (row: number) => this.page.getByRole('button', { name: /Private API/ }).nth(row - 1);
  readonly stage = (row: number) => this.page.getByRole('button', { name: /^Stage/ }).nth(row - 1);

  async mapping(row: number, basePath: string, api: string, stage: string) {
    await this.basePath(row).fill(basePath);
    await this.choose(this.api(row), new RegExp(api));
    await this.stage(row).click();
    await this.page.getByRole('option', { name: stage, exact: true }).click();
  }

  async addMappingRow() {
    await this.page.getByRole('button', { name: 'Add mapping' }).click();
  }

  // Step 4: sharing
  readonly principals = () => this.page.getByRole('textbox', { name: 'Consumer principals' });

  async shareThroughNewRamShare(principals: string, shareName: string) {
    await this.page.getByRole('radio', { name: /new RAM resource share/ }).check();
    await this.principals().fill(principals);
    await this.page.getByRole('textbox', { name: 'Resource share name' }).fill(shareName);
  }

  // Step 5: review and run
  readonly createButton = () => this.page.getByRole('button', { name: 'Create', exact: true });

  async create({ doubleClick = false } = {}) {
    const button = this.createButton();
    await (doubleClick ? button.dblclick() : button.click());
  }

  stepStatus(stepId: string) {
    return this.progress.locator(`[data-step="${stepId}"]`);
  }

  async expectStepStatus(stepId: string, status: string) {
    await expect(this.stepStatus(stepId)).toHaveAttribute('data-status', status);
  }

  async expectReady(domainName: string, timeout = 45_000) {
    await expect(this.page.getByText(`Private domain ${domainName} is ready`)).toBeVisible({ timeout });
    await expect(this.progress.locator('[data-status="failed"]')).toHaveCount(0);
  }

  async expectStoppedAt(stepTitle: string, timeout?: number) {
    await expect(this.page.getByText(`Stopped at: ${stepTitle}`)).toBeVisible({ timeout });
  }

  async resume() {
    await this.page.getByRole('button', { name: 'Resume' }).click();
  }

  readonly viewDomainLink = () => this.page.getByRole('link', { name: 'View domain' });

  async viewDomain() {
    await this.viewDomainLink().click();
  }

  /** A field error or a review problem, wherever the wizard shows it. */
  async expectMessage(text: string | RegExp) {
    await expect(this.page.getByText(text).first()).toBeVisible();
  }
}
