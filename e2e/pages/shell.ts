import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './hydration';

export type ContextLabel = 'Provider' | 'Consumer' | 'Outsider';

/** The EMULATOR/AWS banner: target, account context, the account STS names, Region. */
export const targetBanner = (page: Page): Locator => page.getByTestId('target-banner');

/** The console's frame: the target banner, the header's account and Region menus, the side navigation. */
export class Shell {
  readonly banner: Locator;
  readonly accountMenu: Locator;
  readonly regionMenu: Locator;
  readonly navigation: Locator;

  constructor(readonly page: Page) {
    this.banner = targetBanner(page);
    this.accountMenu = page.getByRole('button', { name: 'Account context' });
    this.regionMenu = page.getByRole('button', { name: 'Region' });
    this.navigation = page.getByRole('navigation').filter({ has: page.getByRole('link', { name: 'Overview' }) });
  }

  /** Opens a console page; the fixtures' goto waits until it is interactive (hydrated). */
  async visit(path: string) {
    await this.page.goto(path);
  }

  /** Switches the account context the way an operator does: through the header menu; waits for the banner. */
  async switchContext(label: ContextLabel) {
    await chooseOption(this.accountMenu, this.page.getByRole('menuitem', { name: new RegExp(`^${label}\\b`) }));
    await expect(this.banner).toContainText(label);
  }

  async switchRegion(region: string) {
    await chooseOption(this.regionMenu, this.page.getByRole('menuitem', { name: region, exact: true }));
    await expect(this.banner).toContainText(region);
  }
}

/** Shorthands for specs that only need the switch. */
export const switchContext = (page: Page, label: ContextLabel) => new Shell(page).switchContext(label);
export const switchRegion = (page: Page, region: string) => new Shell(page).switchRegion(region);
