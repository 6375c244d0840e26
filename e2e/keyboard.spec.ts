import { test, expect, resetEmulator } from './fixtures';
import { PROVIDER } from '../emulator/seed/demo-ids';
import { KeyboardOperator } from './pages/keyboard';
import { CreateDomainWizard } from './pages/wizard';
import { DomainProviderPage } from './pages/domain-provider';

const P = PROVIDER['us-east-1'];
const NAME = 'keys.internal.example.com';

test.beforeAll(resetEmulator);
// A whole wizard run, then two dialogs, each key press a round trip.
test.describe.configure({ timeout: 180_000 });

test('an operator creates a private domain, maps an API and shares it with the keyboard alone', async ({
  shell,
  page,
}) => {
  const keys = new KeyboardOperator(page);
  const wizard = new CreateDomainWizard(page);
  await shell.visit('/domains/new');

  // Step 1: name and certificate
  await keys.tabTo(wizard.domainName());
  await keys.type(NAME);
  await keys.choose(wizard.certificate(), /^\*\.internal\.example\.com/);
  await expect(wizard.certificate()).toContainText('*.internal.example.com');
  await keys.activate(wizard.nextButton());

  // Step 2: Cloudscape moves focus to the new step's title, the page's h1
  await expect(wizard.stepTitle('Access policy')).toBeFocused();
  await keys.tabTo(wizard.ownEndpoints());
  await keys.press('Enter');
  await keys.pickOption(new RegExp(P.vpceId));
  await keys.press('Escape');
  await expect(wizard.ownEndpoints()).toBeFocused();
  await keys.activate(wizard.nextButton());

  // Step 3: one mapping
  await expect(wizard.stepTitle('Base path mappings')).toBeFocused();
  await keys.tabTo(wizard.basePath(1));
  await keys.type('orders');
  await keys.choose(wizard.api(1), new RegExp(P.apis.orders.name));
  await keys.choose(wizard.stage(1), /^prod$/);
  await keys.activate(wizard.nextButton());

  // Step 4: sharing is optional; step 5: review and create
  await expect(wizard.stepTitle('Sharing')).toBeFocused();
  await keys.activate(wizard.nextButton());
  await expect(wizard.plan).toContainText(`Create private domain ${NAME}`);
  await expect(wizard.plan).toContainText(P.vpceId);
  await expect(wizard.plan).toContainText('Map /orders');
  await keys.activate(wizard.createButton());
  await wizard.expectReady(NAME);
  await keys.activate(wizard.viewDomainLink());

  const detail = new DomainProviderPage(page, { name: NAME });
  await expect(detail.heading).toBeVisible({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');

  // Add mapping: Escape closes the dialog and gives focus back to the button that opened it
  const addMapping = detail.addMappingButton();
  await keys.activate(addMapping);
  const mappingDialog = detail.mappingDialog();
  await expect(mappingDialog).toBeVisible();
  await keys.expectFocusWithin(mappingDialog);
  await keys.press('Escape');
  await expect(mappingDialog).toBeHidden();
  await expect(addMapping).toBeFocused();

  // … and opened again from there, filled and submitted without leaving the keyboard
  await keys.press('Enter');
  await keys.expectFocusWithin(mappingDialog);
  await keys.tabTo(mappingDialog.getByRole('textbox', { name: 'Base path' }));
  await keys.type('inventory');
  await keys.choose(mappingDialog.getByRole('button', { name: /^Private API/ }), new RegExp(P.apis.inventory.name));
  await keys.choose(mappingDialog.getByRole('button', { name: /^Stage/ }), /^prod$/);
  await keys.activate(mappingDialog.getByRole('button', { name: 'Add mapping' }));
  await expect(detail.success).toContainText('Mapped /inventory to inventory-api, stage prod.');
  await expect(mappingDialog).toBeHidden();
  await expect(detail.mappingRow('inventory')).toContainText(P.apis.inventory.name);

  // The tabs: arrow keys move along them, Enter opens one
  await keys.tabTo(detail.tab('Base path mappings'), { backwards: true });
  for (const name of ['Policies', 'Access associations', 'Sharing'] as const) {
    await keys.press('ArrowRight');
    await expect(detail.tab(name)).toBeFocused();
  }
  await keys.press('Enter');
  await expect(detail.tab('Sharing')).toHaveAttribute('aria-selected', 'true');

  // Share: Cancel closes the dialog and gives focus back to its opener
  const shareDomain = detail.shareDomainButton();
  await keys.activate(shareDomain);
  const shareDialog = detail.shareDialog();
  await expect(shareDialog).toBeVisible();
  await keys.expectFocusWithin(shareDialog);
  await keys.activate(shareDialog.getByRole('button', { name: 'Cancel' }));
  await expect(shareDialog).toBeHidden();
  await expect(shareDomain).toBeFocused();

  // … and submitted with Space on the button this time
  await keys.press('Space');
  await keys.expectFocusWithin(shareDialog);
  await keys.tabTo(shareDialog.getByRole('textbox', { name: 'Consumer principals' }));
  await keys.type('222222222222');
  await keys.tabTo(shareDialog.getByRole('button', { name: 'Share', exact: true }));
  await keys.press('Space');
  await expect(detail.success).toContainText(`Shared through new resource share ${NAME}-share`);
  await expect(shareDialog).toBeHidden();
  await expect(detail.shareRow(`${NAME}-share`)).toContainText('222222222222');
});
