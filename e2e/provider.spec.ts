import { test, expect, resetEmulator, setFaults } from './fixtures';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { CreateDomainWizard } from './pages/wizard';
import { ApiProviderPage, DomainProviderPage, ownedDomainRows } from './pages/domain-provider';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const WILDCARD = /^\*\.internal\.example\.com/;

test.beforeAll(resetEmulator);
test.afterEach(() => setFaults(''));
// Whole wizard runs against a dev-mode console take a while.
test.describe.configure({ timeout: 150_000 });

/** Steps 1–2 of the wizard with valid input: this account's endpoint and the consumer's. */
async function nameAndAccess(wizard: CreateDomainWizard, domainName: string) {
  await wizard.open();
  await wizard.nameAndCertificate(domainName, WILDCARD);
  await wizard.next();
  await wizard.allowOwnEndpoint(P.vpceId);
  await wizard.otherEndpoints().fill(C.appVpceId);
  await wizard.next();
}

test('the wizard creates a working, shared domain once, even on a double click, and the detail page shows all of it', async ({
  page,
}) => {
  const name = 'billing.internal.example.com';
  const wizard = new CreateDomainWizard(page);
  await nameAndAccess(wizard, name);

  await wizard.mapping(1, 'orders', P.apis.orders.name, 'prod');
  await wizard.addMappingRow();
  await wizard.mapping(2, 'payments', P.apis.payments.name, 'prod');
  await wizard.next();

  await wizard.shareThroughNewRamShare('222222222222', 'billing-consumers');
  await wizard.next();

  await expect(wizard.plan).toContainText(`Create private domain ${name}`);
  await expect(wizard.plan).toContainText('Map /orders');
  await expect(wizard.plan).toContainText('Map /payments');
  await expect(wizard.plan).toContainText('Share through RAM with 222222222222');

  await wizard.create({ doubleClick: true });
  await wizard.expectReady(name);

  await wizard.viewDomain();
  const detail = new DomainProviderPage(page, { name });
  // The first visit of a route compiles it when the suite runs against `next dev`.
  await expect(detail.heading).toBeVisible({ timeout: 60_000 });
  await expect(detail.mappingRow('orders')).toContainText(P.apis.orders.name);
  await expect(detail.mappingRow('payments')).toContainText(P.apis.payments.name);

  await detail.openTab('Policies');
  await expect(
    detail.policySummary(`Allows invocations only from VPC endpoints ${P.vpceId}, ${C.appVpceId}`),
  ).toBeVisible();

  await detail.openTab('Sharing');
  await expect(detail.shareRow('billing-consumers')).toContainText('222222222222');

  await expect(await ownedDomainRows(page, name)).toHaveCount(1);
});

test('bad input in every step shows a field error and creates nothing', async ({ page }) => {
  const name = 'broken.internal.example.com';
  const wizard = new CreateDomainWizard(page);
  await wizard.open();
  await wizard.next();
  await wizard.expectMessage('Enter the domain name clients will call');
  await wizard.expectMessage('Choose an ISSUED ACM certificate');

  await wizard.domainName().fill('*.internal.example.com');
  await wizard.next();
  await wizard.expectMessage('Wildcard domain names are not allowed');

  // A wildcard certificate covers one label only; ECDSA certificates are offered.
  await wizard.domainName().fill('a.b.internal.example.com');
  await wizard.certificate().click();
  await wizard.expectMessage('No ISSUED certificate in us-east-1 covers a.b.internal.example.com');
  await page.keyboard.press('Escape');
  await wizard.domainName().fill('inventory.internal.example.com');
  await wizard.certificate().click();
  await expect(page.getByRole('option', { name: /ECDSA P-256/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await wizard.nameAndCertificate(name, WILDCARD);
  await wizard.next();

  await wizard.next();
  await wizard.expectMessage('Pick at least one VPC endpoint or VPC');
  await wizard.writePolicy('{"Version": "2012-10-17", "Statement": [');
  await wizard.next();
  await wizard.expectMessage(/Not valid JSON/);
  // About 32 KB of nesting: a field error, not a crashed check.
  await wizard.writePolicy(`{"Version":"2012-10-17","Statement":${'['.repeat(16_000)}${']'.repeat(16_000)}}`);
  await wizard.next();
  await wizard.expectMessage(/Policy nests deeper than 32 levels/);
  await wizard.generatePolicy();
  await wizard.otherEndpoints().fill('vpce-nothex');
  await wizard.next();
  await wizard.expectMessage('"vpce-nothex" is not a VPC endpoint id');
  await wizard.otherEndpoints().fill(C.appVpceId);
  await wizard.next();

  await wizard.next();
  await wizard.expectMessage('Choose a private API of this account.');
  await wizard.mapping(1, 'orders/v1', P.apis.orders.name, 'prod');
  await wizard.next();
  await wizard.expectMessage('Private domains support one path segment only');
  await wizard.basePath(1).fill('orders');
  await wizard.addMappingRow();
  await wizard.mapping(2, '/orders/', P.apis.payments.name, 'prod');
  await wizard.next();
  await wizard.expectMessage('Base path "orders" is already used by row 1.');
  await wizard.basePath(2).fill('payments');
  await wizard.next();

  await wizard.shareThroughNewRamShare('22222', 'consumers');
  await wizard.next();
  await wizard.expectMessage('"22222" is not a 12-digit AWS account id.');
  await wizard.shareThroughNewRamShare('111111111111', 's');
  await wizard.next();
  // Only the server knows which account this is: Review reports it and offers the field.
  await wizard.expectMessage('111111111111 is this account');

  await wizard.cancel();
  await expect(await ownedDomainRows(page, name)).toHaveCount(0);
});

test('a failure half-way leaves a resumable run, and Resume finishes without a second domain', async ({ page }) => {
  const name = 'resume.internal.example.com';
  const wizard = new CreateDomainWizard(page);
  await nameAndAccess(wizard, name);
  await wizard.mapping(1, 'orders', P.apis.orders.name, 'prod');
  await wizard.next();
  await wizard.next();
  await expect(wizard.plan).toBeVisible();

  await setFaults('error-rate=1,services=apigateway,ops=CreateBasePathMapping');
  await wizard.create();
  await wizard.expectStoppedAt('Map /orders', 30_000);
  await wizard.expectStepStatus('domain', 'done');
  await wizard.expectStepStatus('mapping:orders', 'failed');

  // A reload keeps the run (token in the URL, state in the tab); Resume skips what exists.
  await page.reload();
  await wizard.expectStoppedAt('Map /orders');
  await setFaults('');
  await wizard.resume();
  await wizard.expectReady(name, 30_000);
  await wizard.expectStepStatus('mapping:orders', 'done');

  // The same creation link in another browser (no run state there) points at the domain instead of offering a second one.
  const elsewhere = await page.context().newPage();
  await elsewhere.goto(page.url());
  await expect(elsewhere.getByText(`This creation link already created ${name}`)).toBeVisible();
  await elsewhere.close();

  await expect(await ownedDomainRows(page, name)).toHaveCount(1);
});

test("the provider allows a consumer's endpoint, then rejects another association after naming account and endpoint", async ({
  page,
}) => {
  const d = P.domains.shared;
  const detail = new DomainProviderPage(page, d);
  await detail.open('associations');
  await expect(detail.associationRow(C.analyticsVpceId)).toContainText('Not allowed');

  await detail.selectAssociation(C.analyticsDnaaArn);
  await detail.allowSelectedEndpoint();
  await expect(detail.success).toContainText(`${C.analyticsVpceId} is allowed on ${d.name} and its mapped APIs`);
  await expect(detail.associationRow(C.analyticsVpceId)).toContainText('Allowed');

  await detail.selectAssociation(C.appDnaaArn);
  const dialog = await detail.startRejectingSelected();
  await expect(dialog).toContainText(
    `Account 222222222222 will no longer reach ${d.name} through VPC endpoint ${C.appVpceId}`,
  );
  await detail.confirmReject(dialog);
  await expect(detail.success).toContainText('Association rejected');
});

test("adding a mapping opens the API to the domain's endpoints and redeploys its stage", async ({ page }) => {
  const detail = new DomainProviderPage(page, P.domains.shared);
  await detail.open('mappings');
  await detail.addMapping('inventory', P.apis.inventory.name, 'prod');
  await expect(detail.success).toContainText('Mapped /inventory to inventory-api, stage prod.');
  await expect(detail.success).toContainText('inventory-api: resource policy updated');
  await expect(detail.success).toContainText('inventory-api: stage prod redeployed');
  // The action's response carries the refreshed page: the new row is there without a reload.
  await expect(detail.mappingRow('inventory')).toContainText(P.apis.inventory.name);
});

test('changing an API policy shows the redeploy banner until every stage is redeployed', async ({ page }) => {
  const api = new ApiProviderPage(page, P.apis.inventory);
  await api.open('policy');
  await expect(api.redeployBanner).toHaveCount(0);

  await api.allowVpcs([C.analyticsVpc.id]);
  await expect(api.addedInDiff()).toContainText(C.analyticsVpc.id);
  await api.savePolicy();
  await expect(api.success).toContainText('Resource policy saved');

  await expect(api.redeployBanner).toContainText('Redeploy needed: prod');
  await page.reload();
  await expect(api.redeployBanner).toContainText('Redeploy needed: prod');

  await api.redeployFromBanner('prod');
  await expect(page.getByText(/Stage prod deployed/)).toBeVisible();
  await expect(api.redeployBanner).toHaveCount(0);
  await page.reload();
  await expect(api.heading).toBeVisible();
  await expect(api.redeployBanner).toHaveCount(0);
});

test('allowing an endpoint that fails half-way says what was already changed and what was not', async ({ page }) => {
  // Runs last: it starts from fresh demo data, in which the analytics endpoint is not allowed yet.
  await resetEmulator();
  const d = P.domains.shared;
  const detail = new DomainProviderPage(page, d);
  await detail.open('associations');
  await expect(detail.associationRow(C.analyticsVpceId)).toContainText('Not allowed');

  await setFaults('error-rate=1,services=apigateway,ops=UpdateRestApi');
  await detail.selectAssociation(C.analyticsDnaaArn);
  await detail.allowSelectedEndpoint();
  await expect(detail.error).toContainText('Partly applied');
  await expect(detail.error).toContainText('Already changed: Domain policy: endpoint added.');
  await expect(detail.error).toContainText(/Not changed: (orders|payments)-api: resource policy \(this step failed\)/);
  // The domain half is real: the association now passes the domain policy.
  await setFaults('');
  await page.reload();
  await expect(detail.associationRow(C.analyticsVpceId)).toContainText('Allowed');
});
