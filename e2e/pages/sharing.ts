import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, whenHydrated } from './hydration';

/** /sharing as a consumer sees it: the tabs, the invitations table with its confirmations, associate by ARN. */
export class SharingPage {
  constructor(readonly page: Page) {}

  /** Opens /sharing (without a tab, on the one that holds work). */
  async open(tab?: 'shares' | 'invitations' | 'resources') {
    await this.page.goto(tab ? `/sharing?tab=${tab}` : '/sharing');
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  get invitationsHeading(): Locator {
    return this.page.getByRole('heading', { name: /Invitations to this account/ });
  }

  /** A row naming the share: an invitation (consumer) or a share this account owns (provider). */
  share(shareName: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(shareName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  }

  invitation(shareName: string): Locator {
    return this.share(shareName);
  }

  /** Opens the confirmation for accepting or rejecting a share; `confirm()` or `cancel()` closes it. */
  async decide(shareName: string, decision: 'Accept' | 'Reject') {
    await this.invitation(shareName)
      .getByRole('button', { name: `${decision} ${shareName}` })
      .click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async confirm() {
    await this.dialog.getByRole('button', { name: /^(Accept|Reject)$/ }).click();
  }

  async cancel() {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
  }

  get invitationResult(): Locator {
    return this.page.getByTestId('invitation-result');
  }

  get actionError(): Locator {
    return this.page.getByTestId('action-error');
  }

  get arnForm(): Locator {
    return this.page.locator('form').filter({ hasText: 'Domain ARN' });
  }

  async fillArn(arn: string) {
    const field = await whenHydrated(this.arnForm.getByRole('textbox', { name: 'Domain ARN' }));
    await field.fill(arn);
    await expect(field).toHaveValue(arn);
  }

  async pickEndpoint(vpceId: string) {
    await chooseOption(
      this.arnForm.getByRole('button', { name: 'VPC endpoint' }),
      this.page.getByRole('option', { name: new RegExp(vpceId) }),
    );
  }

  async submitArn() {
    await this.arnForm.getByRole('button', { name: 'Associate endpoint' }).click();
  }

  get associateResult(): Locator {
    return this.page.getByTestId('associate-result');
  }
}
