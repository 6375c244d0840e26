import { APIGatewayClient, UpdateDomainNameCommand, UpdateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { emulatorUrl, test, expect, resetEmulator, switchContext } from './fixtures';
import { DiagnosePage } from './pages/diagnose';
import { ApiProviderPage } from './pages/domain-provider';
import { InvokePage } from './pages/invoke';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { allowOnlyFromEndpoints } from '../emulator/seed/seed-policies';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;
/** An account none of the console's contexts reaches, and an endpoint of it. */
const STRANGER = '444444444444';
const STRANGER_VPCE = 'vpce-0d44c0de5e74000e1';
const sdkAs = (account: string) => ({
  endpoint: emulatorUrl(),
  region: 'us-east-1',
  credentials: { accessKeyId: account, secretAccessKey: 'x' },
});
const ONLY_PROVIDER_ENDPOINT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 'execute-api:Invoke',
      Resource: 'execute-api:/*',
      Condition: { StringNotEquals: { 'aws:SourceVpce': [P.vpceId] } },
    },
  ],
});

test.describe('diagnose', () => {
  test.beforeAll(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('the provider opens the diagnosis of its own API from /invoke: no broken link', async ({ page }) => {
    const invoke = new InvokePage(page);
    await invoke.goto({ target: 'api', api: P.apis.orders.id, stage: 'prod', vpce: P.vpceId, path: '/orders' });
    const diagnose = await DiagnosePage.openFromInvoke(page, 'A1');
    await expect(diagnose.heading).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(/\/diagnose\?.*form=A1/);
    await expect(diagnose.healthy).toBeVisible();
  });

  test('a consumer VPC without the record: DNS is the first broken link, with what AWS answers', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    const invoke = new InvokePage(page);
    await invoke.goto({
      target: 'domain',
      domain: shared.name,
      domainId: shared.id,
      basePath: 'orders',
      vpce: C.analyticsVpceId,
      path: '/orders',
    });
    await page
      .getByTestId('invoke-form-B1')
      .getByRole('button', { name: /^B1 · / })
      .click();
    const diagnose = await DiagnosePage.openFromInvoke(page, 'B1');
    await expect(diagnose.heading).toBeVisible({ timeout: 60_000 });
    await expect(diagnose.finding).toContainText('DNS resolves the name to the endpoint');
    await expect(diagnose.finding).toContainText('NXDOMAIN');
  });
});

const consumerCall = {
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce: C.appVpceId,
  path: '/orders',
  form: 'B1',
};

test.describe('diagnose with both accounts’ contexts', () => {
  test.beforeEach(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('domain policy without the consumer’s endpoint: the provider fixes it in one click, then all is green', async ({
    page,
  }) => {
    await new APIGatewayClient(sdkAs(PROVIDER.account)).send(
      new UpdateDomainNameCommand({
        domainName: shared.name,
        domainNameId: shared.id,
        patchOperations: [{ op: 'replace', path: '/policy', value: ONLY_PROVIDER_ENDPOINT }],
      }),
    );
    await page.goto('/');
    await switchContext(page, 'Consumer');
    const diagnose = new DiagnosePage(page);
    await diagnose.goto(consumerCall);
    await expect(diagnose.finding).toContainText('Domain policy', { timeout: 60_000 });
    // The consumer does not own the domain: a message for the provider, no fix button.
    await expect(diagnose.messageForOwner).toHaveValue(new RegExp(`account ${PROVIDER.account}`));
    await expect(diagnose.finding.getByRole('button', { name: 'Allow the endpoint' })).toHaveCount(0);

    await switchContext(page, 'Provider');
    await diagnose.goto({ ...consumerCall, endpointAccount: CONSUMER.account });
    await expect(diagnose.finding).toContainText('Domain policy', { timeout: 60_000 });
    await diagnose.applyFix('Allow the endpoint');
    // The action refreshes the page: the finding is gone and every link is green.
    await expect(diagnose.healthy).toBeVisible({ timeout: 60_000 });
  });
});

test.describe('diagnosis without a context for the endpoint’s account', () => {
  test.beforeAll(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('the provider reads its own side; the endpoint’s links say unknown and what to ask', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    const diagnose = new DiagnosePage(page);
    await diagnose.goto({ ...consumerCall, vpce: STRANGER_VPCE, endpointAccount: STRANGER });
    await expect(diagnose.finding).toContainText('Access association', { timeout: 60_000 });
    await expect(diagnose.finding).toContainText(`Your domain lists no association of ${STRANGER_VPCE}`);
    await expect(diagnose.messageForOwner).toHaveValue(new RegExp(`account ${STRANGER}`));
    await expect(diagnose.sides).toContainText(`account ${STRANGER}): no context of yours reaches this account`);
    const statuses = Object.fromEntries((await diagnose.linkStatuses()).map((l) => [l.link, l.status]));
    expect(statuses['DNS resolves the name to the endpoint']).toBe('Unknown');
    expect(statuses['VPC endpoint policy']).toBe('Unknown');
    expect(statuses['Base path mapping']).toBe('OK');
  });
});

test.describe('the redeploy banner reads what each stage serves', () => {
  test.beforeEach(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('an API policy changed outside the console shows the banner until the stage is redeployed', async ({ page }) => {
    await new APIGatewayClient(sdkAs(PROVIDER.account)).send(
      new UpdateRestApiCommand({
        restApiId: P.apis.inventory.id,
        patchOperations: [
          { op: 'replace', path: '/policy', value: allowOnlyFromEndpoints([P.vpceId, C.analyticsVpceId]) },
        ],
      }),
    );
    await page.goto('/');
    await switchContext(page, 'Provider');
    const api = new ApiProviderPage(page, P.apis.inventory);
    await api.open();
    await expect(api.redeployBanner).toContainText('Redeploy needed: prod', { timeout: 60_000 });
    await api.redeployFromBanner('prod');
    await expect(api.redeployBanner).toHaveCount(0);
    await page.reload();
    await expect(api.heading).toBeVisible();
    await expect(page.getByTestId('redeploy-banner')).toHaveCount(0);
  });
});

test.describe('links to the diagnosis', () => {
  test.beforeAll(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('an API’s Invoke tab links each form to its diagnosis', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto(`/apis/${P.apis.orders.id}?tab=invoke`);
    const diagnose = await DiagnosePage.openFromInvoke(page, 'A1');
    await expect(diagnose.heading).toBeVisible({ timeout: 60_000 });
    await expect(diagnose.healthy).toBeVisible();
    // The diagnosis belongs under "Invoke URLs" in the side navigation.
    await expect(page.getByRole('link', { name: 'Invoke URLs' })).toHaveAttribute('aria-current', 'page');
  });

  test('the provider diagnoses another account’s association from the domain’s association list', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto(`/domains/${shared.name}/${shared.id}?tab=associations`);
    await page
      .getByRole('row', { name: new RegExp(C.appVpceId) })
      .getByRole('link', { name: 'Diagnose' })
      .click();
    const diagnose = new DiagnosePage(page);
    await expect(diagnose.healthy).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(new RegExp(`endpointAccount=${CONSUMER.account}`));
    await expect(diagnose.sides).toContainText('read with the context "Consumer"');
  });
});
