import type { Page } from '@playwright/test';
import { test, expect, resetEmulator, setFaults } from './fixtures';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];

test.beforeAll(resetEmulator);
test.afterEach(() => setFaults(''));
// Whole wizard runs against a dev-mode console take a while.
test.describe.configure({ timeout: 150_000 });

/** Tabs keep their state in the URL; a click right after a client-side navigation may land before hydration. */
async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name });
  await expect(async () => {
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 1000 });
  }).toPass();
}

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

async function choose(page: Page, select: RegExp, option: RegExp | string) {
  await page.getByRole('button', { name: select }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Step 1–2 of the wizard with valid input. */
async function nameAndAccess(page: Page, domainName: string) {
  await page.goto('/domains/new');
  await page.getByRole('textbox', { name: 'Domain name' }).fill(domainName);
  await choose(page, /^ACM certificate/, /^\*\.internal\.example\.com/);
  await next(page);
  await page.getByRole('button', { name: /^VPC endpoints of this account/ }).click();
  await page.getByRole('option', { name: new RegExp(P.vpceId) }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'VPC endpoints of other accounts' }).fill(C.appVpceId);
  await next(page);
}

async function mapping(page: Page, row: number, basePath: string, api: string, stage: string) {
  await page.getByRole('textbox', { name: `Base path ${row}` }).fill(basePath);
  await page
    .getByRole('button', { name: /Private API/ })
    .nth(row - 1)
    .click();
  await page.getByRole('option', { name: new RegExp(api) }).click();
  await page
    .getByRole('button', { name: /^Stage/ })
    .nth(row - 1)
    .click();
  await page.getByRole('option', { name: stage, exact: true }).click();
}

async function ownedDomainRows(page: Page, name: string) {
  await page.goto(`/domains?q=${encodeURIComponent(name)}`);
  await expect(page.getByText('Private custom domain names owned by this account')).toBeVisible();
  return page.getByRole('row').filter({ hasText: name });
}

test('the wizard creates a working, shared domain once, even on a double click, and the detail page shows all of it', async ({
  page,
}) => {
  const name = 'billing.internal.example.com';
  await nameAndAccess(page, name);

  await mapping(page, 1, 'orders', P.apis.orders.name, 'prod');
  await page.getByRole('button', { name: 'Add mapping' }).click();
  await mapping(page, 2, 'payments', P.apis.payments.name, 'prod');
  await next(page);

  await page.getByRole('radio', { name: /new RAM resource share/ }).check();
  await page.getByRole('textbox', { name: 'Consumer principals' }).fill('222222222222');
  await page.getByRole('textbox', { name: 'Resource share name' }).fill('billing-consumers');
  await next(page);

  const plan = page.getByTestId('plan-steps');
  await expect(plan).toContainText(`Create private domain ${name}`);
  await expect(plan).toContainText('Map /orders');
  await expect(plan).toContainText('Map /payments');
  await expect(plan).toContainText('Share through RAM with 222222222222');

  await page.getByRole('button', { name: 'Create', exact: true }).dblclick();
  await expect(page.getByText(`Private domain ${name} is ready`)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('creation-progress').locator('[data-status="failed"]')).toHaveCount(0);

  await page.getByRole('link', { name: 'View domain' }).click();
  // The first visit of a route compiles it when the suite runs against `next dev`.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 60_000 });
  const mappings = page.getByTestId('resource-table');
  await expect(mappings.getByRole('row', { name: /orders/ })).toContainText(P.apis.orders.name);
  await expect(mappings.getByRole('row', { name: /payments/ })).toContainText(P.apis.payments.name);

  await openTab(page, 'Policies');
  await expect(page.getByText(`Allows invocations only from VPC endpoints ${P.vpceId}, ${C.appVpceId}`)).toBeVisible();

  await openTab(page, 'Sharing');
  await expect(page.getByRole('row', { name: /billing-consumers/ })).toContainText('222222222222');

  await expect(await ownedDomainRows(page, name)).toHaveCount(1);
});

test('bad input in every step shows a field error and creates nothing', async ({ page }) => {
  const name = 'broken.internal.example.com';
  await page.goto('/domains/new');
  await next(page);
  await expect(page.getByText('Enter the domain name clients will call')).toBeVisible();
  await expect(page.getByText('Choose an ISSUED ACM certificate')).toBeVisible();

  await page.getByRole('textbox', { name: 'Domain name' }).fill('*.internal.example.com');
  await next(page);
  await expect(page.getByText('Wildcard domain names are not allowed')).toBeVisible();

  // A wildcard certificate covers one label only; ECDSA certificates are offered.
  await page.getByRole('textbox', { name: 'Domain name' }).fill('a.b.internal.example.com');
  await page.getByRole('button', { name: /^ACM certificate/ }).click();
  await expect(page.getByText('No ISSUED certificate in us-east-1 covers a.b.internal.example.com')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Domain name' }).fill('inventory.internal.example.com');
  await page.getByRole('button', { name: /^ACM certificate/ }).click();
  await expect(page.getByRole('option', { name: /ECDSA P-256/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('textbox', { name: 'Domain name' }).fill(name);
  await choose(page, /^ACM certificate/, /^\*\.internal\.example\.com/);
  await next(page);

  await next(page);
  await expect(page.getByText('Pick at least one VPC endpoint or VPC')).toBeVisible();
  await page.getByRole('radio', { name: 'Write the policy JSON' }).check();
  await page.getByRole('textbox', { name: 'Domain policy JSON' }).fill('{"Version": "2012-10-17", "Statement": [');
  await next(page);
  await expect(page.getByText(/Not valid JSON/).first()).toBeVisible();
  await page.getByRole('radio', { name: 'Allow chosen VPC endpoints and VPCs' }).check();
  await page.getByRole('textbox', { name: 'VPC endpoints of other accounts' }).fill('vpce-nothex');
  await next(page);
  await expect(page.getByText('"vpce-nothex" is not a VPC endpoint id')).toBeVisible();
  await page.getByRole('textbox', { name: 'VPC endpoints of other accounts' }).fill(C.appVpceId);
  await next(page);

  await next(page);
  await expect(page.getByText('Choose a private API of this account.')).toBeVisible();
  await mapping(page, 1, 'orders/v1', P.apis.orders.name, 'prod');
  await next(page);
  await expect(page.getByText('Private domains support one path segment only')).toBeVisible();
  await page.getByRole('textbox', { name: 'Base path 1' }).fill('orders');
  await page.getByRole('button', { name: 'Add mapping' }).click();
  await mapping(page, 2, '/orders/', P.apis.payments.name, 'prod');
  await next(page);
  await expect(page.getByText('Base path "orders" is already used by row 1.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Base path 2' }).fill('payments');
  await next(page);

  await page.getByRole('radio', { name: /new RAM resource share/ }).check();
  await page.getByRole('textbox', { name: 'Consumer principals' }).fill('22222');
  await next(page);
  await expect(page.getByText('"22222" is not a 12-digit AWS account id.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Consumer principals' }).fill('111111111111');
  await page.getByRole('textbox', { name: 'Resource share name' }).fill('s');
  await next(page);
  // Only the server knows which account this is: Review reports it and offers the field.
  await expect(page.getByText('111111111111 is this account')).toBeVisible();

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(await ownedDomainRows(page, name)).toHaveCount(0);
});

test('a failure half-way leaves a resumable run, and Resume finishes without a second domain', async ({ page }) => {
  const name = 'resume.internal.example.com';
  await nameAndAccess(page, name);
  await mapping(page, 1, 'orders', P.apis.orders.name, 'prod');
  await next(page);
  await next(page);
  await expect(page.getByTestId('plan-steps')).toBeVisible();

  await setFaults('error-rate=1,services=apigateway,ops=CreateBasePathMapping');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Stopped at: Map /orders')).toBeVisible({ timeout: 30_000 });
  const progress = page.getByTestId('creation-progress');
  await expect(progress.locator('[data-step="domain"]')).toHaveAttribute('data-status', 'done');
  await expect(progress.locator('[data-step="mapping:orders"]')).toHaveAttribute('data-status', 'failed');

  // A reload keeps the run (token in the URL, state in the tab); Resume skips what exists.
  await page.reload();
  await expect(page.getByText('Stopped at: Map /orders')).toBeVisible();
  await setFaults('');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText(`Private domain ${name} is ready`)).toBeVisible({ timeout: 30_000 });
  await expect(progress.locator('[data-step="mapping:orders"]')).toHaveAttribute('data-status', 'done');

  // The same creation link in another browser (no run state there) points at the domain instead of offering a second one.
  const elsewhere = await page.context().browser()!.newPage();
  await elsewhere.goto(page.url());
  await expect(elsewhere.getByText(`This creation link already created ${name}`)).toBeVisible();
  await elsewhere.close();

  await expect(await ownedDomainRows(page, name)).toHaveCount(1);
});

test("the provider allows a consumer's endpoint, then rejects another association after naming account and endpoint", async ({
  page,
}) => {
  const d = P.domains.shared;
  await page.goto(`/domains/${d.name}/${d.id}?tab=associations`);
  const analytics = page.getByRole('row', { name: new RegExp(C.analyticsVpceId) });
  await expect(analytics).toContainText('Not allowed');

  await page.getByRole('radio', { name: `Select association ${C.analyticsDnaaArn}` }).check();
  await page.getByRole('button', { name: 'Allow endpoint in policies' }).click();
  await page.getByRole('button', { name: 'Allow endpoint', exact: true }).click();
  await expect(page.getByTestId('action-success')).toContainText(
    `${C.analyticsVpceId} is allowed on ${d.name} and its mapped APIs`,
  );
  await expect(analytics).toContainText('Allowed');

  await page.getByRole('radio', { name: `Select association ${C.appDnaaArn}` }).check();
  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject access association?' });
  await expect(dialog).toContainText(
    `Account 222222222222 will no longer reach ${d.name} through VPC endpoint ${C.appVpceId}`,
  );
  await dialog.getByRole('button', { name: 'Reject association' }).click();
  await expect(page.getByTestId('action-success')).toContainText('Association rejected');
});

test('changing an API policy shows the redeploy banner until every stage is redeployed', async ({ page }) => {
  const api = P.apis.inventory;
  await page.goto(`/apis/${api.id}?tab=policy`);
  await expect(page.getByTestId('redeploy-banner')).toHaveCount(0);

  await page.getByRole('button', { name: 'Edit resource policy' }).click();
  await page.getByRole('textbox', { name: 'VPCs' }).fill(C.analyticsVpc.id);
  await expect(page.getByTestId('diff-added').first()).toContainText(C.analyticsVpc.id);
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByTestId('action-success')).toContainText('Resource policy saved');

  const banner = page.getByTestId('redeploy-banner');
  await expect(banner).toContainText('Redeploy needed: prod');
  await page.reload();
  await expect(banner).toContainText('Redeploy needed: prod');

  await banner.getByRole('button', { name: 'Redeploy prod' }).click();
  await expect(page.getByText(/Stage prod deployed/)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: api.name, level: 1 })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
