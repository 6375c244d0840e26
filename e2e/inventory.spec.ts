import { ACCOUNTS, CONSUMER, OUTSIDER, PROVIDER } from '../emulator/seed/demo-ids';
import { expect, resetEmulator, setFaults, switchContext, test } from './fixtures';
import type { Page } from '@playwright/test';
import { clickWhenHydrated } from './pages/hydration';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;
const denyAll = P.domains.denyAll;

test.beforeAll(async () => {
  await resetEmulator();
});

test.afterEach(async () => {
  await setFaults('');
});

/** Opens a page; the fixture's goto waits until it is interactive (hydrated), as an operator would before clicking. */
async function visit(page: Page, path: string) {
  await page.goto(path);
}

/** Client-side navigation may compile the target route first in dev mode; give it time. */
const NAVIGATION = { timeout: 60_000 };

const table = (page: Page, title: string) =>
  page.locator('[data-testid="resource-table"]').filter({ has: page.getByRole('heading', { name: title }) });
const rows = (page: Page, title: string) => table(page, title).locator('tbody tr');

test('overview counts the provider’s resources and lists what needs attention', async ({ page }) => {
  await visit(page, '/');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('count-apis')).toContainText('4');
  await expect(page.getByTestId('count-endpoints')).toContainText('1');
  await expect(page.getByTestId('count-owned-domains')).toContainText('3');
  await expect(page.getByTestId('count-shared-domains')).toContainText('0');
  await expect(page.getByTestId('count-shares')).toContainText('2');

  const attention = rows(page, 'Needs attention');
  await expect(attention).toHaveCount(2);
  await expect(attention.filter({ hasText: 'Deny-all domain policy' })).toContainText(
    `${denyAll.name} (${denyAll.id}) still has the deny-all policy`,
  );
  await expect(attention.filter({ hasText: 'Association waiting for a policy update' })).toContainText(
    `${C.analyticsVpceId} of account ${ACCOUNTS.consumer}`,
  );

  await attention.filter({ hasText: 'Deny-all' }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/domains/${denyAll.name}/${denyAll.id}\\?tab=policies`), NAVIGATION);
  await expect(page.getByText('Deny-all policy: no VPC endpoint can invoke through it.')).toBeVisible();
});

test('private APIs: only PRIVATE ones, filter mirrored in the URL, no-match state, sorting', async ({ page }) => {
  await visit(page, '/apis');
  const apis = rows(page, 'Private REST APIs');
  await expect(apis).toHaveCount(4);
  await expect(table(page, 'Private REST APIs').getByRole('heading')).toContainText('(4)');
  await expect(page.getByText(P.apis.publicStatus.name)).toHaveCount(0);

  const filter = page.getByRole('searchbox', { name: 'Filter private APIs' });
  await filter.fill('pay');
  await expect(apis).toHaveCount(1);
  await expect(apis.first()).toContainText(P.apis.payments.name);
  await expect(page.getByText('1 match').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=pay$/, NAVIGATION);

  await page.reload();
  await expect(filter).toHaveValue('pay');
  await expect(apis).toHaveCount(1);

  await filter.fill('no-such-api');
  await expect(page.getByText('No private APIs match the filter.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(apis).toHaveCount(4);
  await expect(page).toHaveURL(/\/apis$/, NAVIGATION);

  // Sorted by name ascending by default; one click on the header reverses it.
  await expect(apis.first()).toContainText(P.apis.inventory.name);
  await table(page, 'Private REST APIs').getByRole('columnheader', { name: 'Name' }).click();
  await expect(apis.first()).toContainText(P.apis.payments.name);
});

test('API detail: endpoint configuration, stages, policy, mapped domains; tab in the URL', async ({ page }) => {
  const orders = P.apis.orders;
  await visit(page, '/apis');
  await page.getByRole('link', { name: orders.name }).click();
  await expect(page).toHaveURL(`/apis/${orders.id}`, NAVIGATION);
  await expect(page.getByRole('heading', { name: orders.name, level: 1 })).toBeVisible();
  await expect(page.getByText(`https://${orders.id}.execute-api.us-east-1.amazonaws.com`)).toBeVisible();
  await expect(page.getByRole('link', { name: P.vpceId })).toBeVisible();

  const stages = rows(page, 'Stages');
  await expect(stages).toHaveCount(2);
  await expect(stages.filter({ hasText: 'prod' })).toHaveCount(1);
  await expect(stages.filter({ hasText: 'staging' })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Resource policy' }).click();
  await expect(page).toHaveURL(/\?tab=policy$/, NAVIGATION);
  await expect(page.getByText(`Allows invocations only from VPC endpoints ${P.vpceId}, ${C.appVpceId}.`)).toBeVisible();
  await expect(page.getByText('"execute-api:Invoke"').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Custom domain names' }).click();
  const mapped = rows(page, 'Private custom domain names mapped to this API');
  await expect(mapped).toHaveCount(1);
  await expect(mapped.first()).toContainText(shared.name);
  await expect(mapped.first()).toContainText(shared.id);
  await expect(mapped.first()).toContainText('orders');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Custom domain names' })).toHaveAttribute('aria-selected', 'true');
});

test('API detail: the endpoint picker loads this account’s endpoints when it opens, filtered on the server', async ({
  page,
}) => {
  // orders-api already has the account's one endpoint (it is left out); payments-api has none.
  await visit(page, `/apis/${P.apis.orders.id}?tab=endpoints`);
  const picker = page.getByRole('button', { name: /^Associate endpoints of this account/ });
  await picker.click();
  await expect(page.getByText('No other endpoints')).toBeVisible();
  await page.keyboard.press('Escape');

  await visit(page, `/apis/${P.apis.payments.id}?tab=endpoints`);
  await picker.click();
  await expect(page.getByRole('option', { name: new RegExp(P.vpceId) })).toBeVisible();
  const find = page.getByRole('combobox', { name: /Find endpoints/ }).or(page.getByPlaceholder(/Find endpoints/));
  await find.first().fill('no-such-endpoint');
  await expect(page.getByRole('option', { name: new RegExp(P.vpceId) })).toHaveCount(0);
  await find.first().fill('shared-services');
  await expect(page.getByRole('option', { name: new RegExp(P.vpceId) })).toBeVisible();
});

test('an unknown API id shows a worded not-found error, not a crash', async ({ page }) => {
  await visit(page, '/apis/nosuchapi0');
  await expect(page.getByTestId('section-error')).toContainText('Not found');
  await expect(page.getByTestId('section-error')).toContainText('/restapis/nosuchapi0');
});

test('VPC endpoints: execute-api interface endpoints only; detail labels every DNS name and explains private DNS', async ({
  page,
}) => {
  await visit(page, '/vpc-endpoints');
  const endpoints = rows(page, 'execute-api interface endpoints');
  await expect(endpoints).toHaveCount(1);
  await expect(endpoints.first()).toContainText(P.vpceId);
  await expect(page.getByText(P.s3GatewayEndpointId)).toHaveCount(0);

  await page.getByRole('link', { name: P.vpceId }).click();
  await expect(page).toHaveURL(`/vpc-endpoints/${P.vpceId}`, NAVIGATION);
  await expect(page.getByText('Private DNS is on')).toBeVisible();
  await expect(page.getByText(/public APIs' default URLs: from this VPC they fail with 403/)).toBeVisible();

  const names = rows(page, 'DNS names');
  await expect(names.filter({ hasText: 'Regional' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Zonal (us-east-1a)' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Zonal (us-east-1b)' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Private DNS' }).first()).toContainText('execute-api.us-east-1.amazonaws.com');

  await page.getByRole('tab', { name: 'Subnets' }).click();
  await expect(rows(page, 'Subnets')).toHaveCount(2);
  await expect(rows(page, 'Subnets').filter({ hasText: P.subnets[0].id })).toContainText('us-east-1a');

  await page.getByRole('tab', { name: 'Private APIs' }).click();
  await expect(rows(page, 'Private APIs that list this endpoint')).toHaveCount(1);
  await expect(rows(page, 'Private APIs that list this endpoint').first()).toContainText(P.apis.orders.name);

  await page.getByRole('tab', { name: 'Custom domain names' }).click();
  await expect(page).toHaveURL(/\?tab=domains$/, NAVIGATION);
  const associated = rows(page, 'Private custom domain names associated with this endpoint');
  await expect(associated).toHaveCount(1);
  await expect(associated.first()).toContainText(shared.name);
});

test('consumer endpoint with private DNS off: the page says what still works', async ({ page }) => {
  await visit(page, '/');
  await switchContext(page, 'Consumer');
  await visit(page, `/vpc-endpoints/${C.analyticsVpceId}`);
  await expect(page.getByText('Private DNS is off')).toBeVisible();
  await expect(page.getByText(/Public APIs keep working from/)).toBeVisible();
  await expect(
    page.getByText('Turning private DNS on needs enableDnsSupport and enableDnsHostnames both true on the VPC.', {
      exact: false,
    }),
  ).toBeVisible();
  await switchContext(page, 'Provider');
});

test('domains: owned tab with name + id, the shared tab, and the URL keeps the tab', async ({ page }) => {
  await visit(page, '/domains');
  const owned = rows(page, 'Private custom domain names owned by this account');
  await expect(owned).toHaveCount(3);
  await expect(owned.filter({ hasText: shared.id })).toContainText(shared.name);
  await expect(owned.filter({ hasText: denyAll.id })).toContainText('Deny-all');

  await page.getByRole('tab', { name: /Shared with this account/ }).click();
  await expect(page).toHaveURL(/\?tab=shared$/, NAVIGATION);
  await expect(page.getByText('No shared domain names')).toBeVisible();
});

test('domain detail (owner): details, mappings, both policies, associations of every account, RAM shares', async ({
  page,
}) => {
  await visit(page, `/domains/${shared.name}/${shared.id}`);
  await expect(page.getByRole('heading', { name: shared.name, level: 1 })).toBeVisible();
  await expect(page.getByText(shared.arn)).toBeVisible();
  await expect(page.getByText(P.certificates.wildcardRsa)).toBeVisible();
  await expect(page.getByText('TLS_1_2')).toBeVisible();

  const mappings = rows(page, 'Base path mappings');
  await expect(mappings).toHaveCount(2);
  await expect(mappings.filter({ hasText: 'orders' })).toContainText(P.apis.orders.id);
  await expect(mappings.filter({ hasText: 'payments' })).toContainText('prod');

  await page.getByRole('tab', { name: 'Policies' }).click();
  await expect(page.getByRole('heading', { name: 'Invoke policy (policy)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Management policy (managementPolicy)' })).toBeVisible();
  await expect(page.getByText('"apigateway:CreateAccessAssociation"').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Access associations' }).click();
  const associations = rows(page, 'Domain name access associations');
  await expect(associations).toHaveCount(3);
  await expect(associations.filter({ hasText: P.vpceId })).toContainText('This account');
  await expect(associations.filter({ hasText: C.appVpceId })).toContainText('Allowed');
  await expect(associations.filter({ hasText: C.analyticsVpceId })).toContainText('Not allowed');
  await expect(associations.filter({ hasText: C.analyticsVpceId })).toContainText(ACCOUNTS.consumer);

  await page.getByRole('tab', { name: 'Sharing' }).click();
  const shares = rows(page, 'RAM resource shares that include this domain');
  await expect(shares).toHaveCount(1);
  await expect(shares.first()).toContainText(P.shares.active.name);
  await expect(shares.first()).toContainText(ACCOUNTS.consumer);
});

test('domain detail (consumer): only name, id, ARN and owner, and the page says why', async ({ page }) => {
  await visit(page, '/');
  await switchContext(page, 'Consumer');
  // A consumer owns no domain, so the list opens on the domains shared with it.
  await visit(page, '/domains');
  await expect(page.getByRole('tab', { name: /Shared with this account/ })).toHaveAttribute('aria-selected', 'true');
  const sharedRows = rows(page, 'Private custom domain names shared with this account');
  await expect(sharedRows.filter({ hasText: shared.id })).toContainText(ACCOUNTS.provider);
  await sharedRows.filter({ hasText: shared.id }).getByRole('link', { name: shared.name }).click();
  await expect(page).toHaveURL(`/domains/${shared.name}/${shared.id}`, NAVIGATION);
  await expect(page.getByText(`Shared with this account by ${ACCOUNTS.provider}`).first()).toBeVisible();
  await expect(
    page.getByText(/AWS shows an account that a domain is shared with only its name, ID, ARN and owner/),
  ).toBeVisible();
  await expect(page.getByText(shared.arn).first()).toBeVisible();
  await expect(page.getByText('TLS security policy', { exact: true })).toHaveCount(0);
  await switchContext(page, 'Provider');
});

test('names are not identifiers: the outsider’s same-name domain is its own resource', async ({ page }) => {
  const same = OUTSIDER['us-east-1'].sameNameDomain;
  await visit(page, '/');
  await switchContext(page, 'Outsider');
  await visit(page, '/domains');
  await expect(
    rows(page, 'Private custom domain names owned by this account').filter({ hasText: same.id }),
  ).toContainText(same.name);
  // The provider's domain of the same name is neither owned by nor shared with the outsider.
  await visit(page, `/domains/${shared.name}/${shared.id}`);
  await expect(page.getByText(`No private custom domain name ${shared.name} with ID ${shared.id}`)).toBeVisible();
  await switchContext(page, 'Provider');
});

test('sharing: owned shares with resources and principals; the consumer sees invitations and shared resources', async ({
  page,
}) => {
  await visit(page, '/sharing');
  const shares = rows(page, 'Resource shares owned by this account');
  await expect(shares).toHaveCount(2);
  await expect(shares.filter({ hasText: P.shares.active.name })).toContainText(`${shared.name} (${shared.id})`);
  await expect(shares.filter({ hasText: P.shares.pending.name })).toContainText(ACCOUNTS.consumer);

  // A consumer with a pending invitation lands on the Invitations tab (issue 12: the tab that holds work).
  await switchContext(page, 'Consumer');
  await expect(page.getByRole('tab', { name: /Invitations/ })).toHaveAttribute('aria-selected', 'true', NAVIGATION);
  await expect(page.getByText(P.shares.pending.name).first()).toBeVisible();

  await page.getByRole('tab', { name: /Shared with this account/ }).click();
  const resources = rows(page, 'Resources shared with this account');
  await expect(resources.filter({ hasText: shared.id })).toContainText('apigateway:Domainnames');
  await switchContext(page, 'Provider');
});

test('a failing service only fails its own sections (RAM forbidden/unavailable)', async ({ page }) => {
  await setFaults('error-rate=1,services=ram');
  await visit(page, '/sharing');
  await expect(page.getByTestId('section-error').first()).toContainText('Resource shares');
  await expect(page.getByRole('heading', { name: 'Sharing (RAM)', level: 1 })).toBeVisible();

  await visit(page, '/');
  await expect(page.getByTestId('count-apis')).toContainText('4');
  await expect(page.getByTestId('count-shares')).toContainText('AWS service error');
  await expect(page.getByText('Not checked: RAM invitations')).toBeVisible();

  await visit(page, `/domains/${shared.name}/${shared.id}?tab=sharing`);
  await expect(page.getByTestId('section-error')).toContainText('RAM resource shares');
  await page.getByRole('tab', { name: 'Base path mappings' }).click();
  await expect(rows(page, 'Base path mappings')).toHaveCount(2);
});

test('ids and ARNs are copyable', async ({ page }) => {
  await visit(page, `/domains/${shared.name}/${shared.id}`);
  await clickWhenHydrated(page.getByRole('button', { name: `Copy ARN ${shared.arn}` }));
  await expect(page.getByText('ARN copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared.arn);
});
