import type { Page } from '@playwright/test';
import { test, expect, resetEmulator, switchContext } from './fixtures';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;

const EXPECTED_CURL = [
  'curl \\',
  '  --globoff \\',
  '  --request GET \\',
  `  --url 'https://${shared.name}/orders/orders'`,
].join('\n');

function form(page: Page, id: string) {
  return page.getByTestId(`invoke-form-${id}`);
}

function overviewRow(page: Page, id: string) {
  return page.getByRole('table', { name: 'Invoke forms' }).getByRole('row', { name: new RegExp(`^${id} · `) });
}

/** Picks an option of the Cloudscape select labelled `label`. */
async function choose(page: Page, label: string, option: RegExp) {
  await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option }).click();
}

test.describe('invoke URLs', () => {
  test.beforeAll(resetEmulator);
  // Pages compile on first use under E2E_DEV; a production build answers well within the default timeouts.
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('a consumer picks its situation for the shared domain, copies the curl snippet, and the link reproduces the answer', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await page.getByRole('link', { name: 'Invoke URLs' }).click();
    await expect(page.getByRole('heading', { name: 'Invoke URLs', level: 1 })).toBeVisible({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Private custom domain', exact: true }).click();
    await page.getByRole('button', { name: /^Private custom domain Choose a private domain/ }).click();
    await page
      .getByRole('option', { name: new RegExp(`${shared.name.replace(/\./g, '\\.')}.*shared by ${PROVIDER.account}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`domainId=${shared.id}`), { timeout: 60_000 });
    await page.getByRole('textbox', { name: 'Base path' }).fill('orders');
    await page.getByRole('textbox', { name: 'Path', exact: true }).fill('/orders');
    await page.getByRole('textbox', { name: 'Path', exact: true }).press('Enter');
    await expect(page).toHaveURL(/basePath=orders.*path=%2Forders/, { timeout: 60_000 });
    await choose(page, 'execute-api VPC endpoint', new RegExp(C.appVpceId));
    await expect(page).toHaveURL(new RegExp(`vpce=${C.appVpceId}`));

    // The consumer cannot read the provider's policies or mappings: ready as far as it can see, unverified beyond.
    await expect(overviewRow(page, 'B1')).toContainText('Recommended');
    await expect(overviewRow(page, 'B1')).toContainText('Unverified – 3 unknown');
    await expect(overviewRow(page, 'B1')).toContainText(`https://${shared.name}/orders/orders`);
    await expect(overviewRow(page, 'B2')).toContainText(`Host: ${shared.name}`);
    const b1 = form(page, 'B1');
    await expect(b1.getByRole('table', { name: 'Prerequisites of B1' })).toContainText(
      `Ask the provider (account ${PROVIDER.account})`,
    );
    await expect(b1.getByRole('table', { name: 'DNS records for the custom domain' })).toContainText(C.appVpceId);

    await b1.getByRole('button', { name: 'Copy curl snippet for B1' }).click();
    await expect(b1.getByText('curl snippet copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED_CURL);

    await page.getByRole('button', { name: 'Copy link to this answer' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(
      new RegExp(
        `/invoke\\?target=domain&domain=${shared.name}&domainId=${shared.id}&basePath=orders&vpce=${C.appVpceId}&`,
      ),
    );

    // Opened fresh by someone in the consumer account: the same answer, without touching the form.
    const fresh = await browser.newPage();
    await fresh.goto('/');
    await switchContext(fresh, 'Consumer');
    await fresh.goto(link);
    await expect(overviewRow(fresh, 'B1')).toContainText('Unverified – 3 unknown');
    await expect(overviewRow(fresh, 'B1')).toContainText(`https://${shared.name}/orders/orders`);
    await expect(form(fresh, 'B1').getByRole('region', { name: 'curl snippet for B1' })).toContainText(
      `--url 'https://${shared.name}/orders/orders'`,
    );
    await expect(fresh.getByRole('textbox', { name: 'Base path' })).toHaveValue('orders');
    await fresh.close();
  });

  test('a form whose prerequisites are not met warns on its snippets and says how to fix them', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    // The analytics VPC has no private hosted zone record and enableDnsHostnames off.
    await page.goto(
      `/invoke?target=domain&domain=${shared.name}&domainId=${shared.id}&basePath=orders&vpce=${C.analyticsVpceId}&method=GET&path=/orders`,
    );
    await expect(overviewRow(page, 'B1')).toContainText('Blocked – 2 not met');
    await overviewRow(page, 'B1').getByRole('link').click();
    const warning = page.getByTestId('snippet-warning-B1');
    await expect(warning).toContainText('These snippets will fail until the prerequisites below are met');
    await expect(warning).toContainText(`Private DNS record for ${shared.name} in the client VPC`);
    await expect(warning).toContainText(
      `Create a private hosted zone for ${shared.name} associated with ${C.analyticsVpc.id}`,
    );
    await expect(warning).toContainText(
      `ModifyVpcAttribute on ${C.analyticsVpc.id}: set enableDnsSupport and enableDnsHostnames to true`,
    );
    // The snippet is still there to copy.
    await expect(form(page, 'B1').getByRole('button', { name: 'Copy curl snippet for B1' })).toBeVisible();
    // B2 needs no DNS: it is the form to use meanwhile.
    await expect(overviewRow(page, 'B2')).toContainText('Recommended');
  });

  test('a browser client cannot use the Host-header form', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto(
      `/invoke?target=domain&domain=${shared.name}&domainId=${shared.id}&basePath=orders&vpce=${P.vpceId}&client=browser&method=GET&path=/orders`,
    );
    await expect(overviewRow(page, 'B1')).toContainText('Ready');
    await expect(overviewRow(page, 'B2')).toContainText('Not applicable');
    await overviewRow(page, 'B2').getByRole('link').click();
    await expect(page.getByTestId('not-applicable-B2')).toContainText('Browsers cannot set the Host header');
  });

  test('an IAM-authorized call from on premises gets the alias form and signed snippets, never a Host override', async ({
    page,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto(
      `/invoke?target=api&api=${P.apis.orders.id}&stage=prod&vpce=${P.vpceId}&from=onprem&resolver=0&auth=iam&method=GET&path=/orders`,
    );
    await expect(page.getByText('Method authorization: AWS_IAM, as chosen in the client situation.')).toBeVisible();
    await expect(overviewRow(page, 'A4')).toContainText('Recommended');
    await expect(overviewRow(page, 'A1')).toContainText('Blocked – 1 not met');
    await expect(overviewRow(page, 'A2')).toContainText('Not applicable');
    const a4 = form(page, 'A4');
    await expect(a4.getByRole('tab').first()).toHaveText('Python (botocore SigV4)');
    await expect(a4.getByRole('region', { name: 'Python (botocore SigV4) snippet for A4' })).toContainText(
      'SigV4Auth(credentials, "execute-api", "us-east-1")',
    );
    await a4.getByRole('tab', { name: 'curl', exact: true }).click();
    await expect(
      a4.getByText('This method uses AWS_IAM: an unsigned request is refused (403). Use a SigV4 variant.'),
    ).toBeVisible();
  });

  test('a link with bad values names each field and how to fix it', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto('/invoke?target=api&api=Orders&vpce=vpc-123&method=FETCH&path=orders');
    const errors = page.getByTestId('link-errors');
    await expect(errors).toContainText('REST API id: 10 lowercase letters or digits');
    await expect(errors).toContainText('VPC endpoint: "vpc-123" is not a VPC endpoint id');
    await expect(errors).toContainText('Method must be one of GET');
    await expect(errors).toContainText('Path: The path starts with /');
    // The form shows the rejected text next to its error, not a silent default.
    await expect(page.getByRole('textbox', { name: 'Path', exact: true })).toHaveValue('orders');
    await expect(page.getByRole('table', { name: 'Invoke forms' })).toHaveCount(0);
  });

  test('the Invoke tab of an API shows A1–A4 for the provider endpoint', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Provider');
    await page.goto(`/apis/${P.apis.orders.id}`);
    await page.getByRole('tab', { name: 'Invoke' }).click();
    await expect(page).toHaveURL(/tab=invoke/);
    const host = `${P.apis.orders.id}.execute-api.us-east-1.amazonaws.com`;
    await expect(overviewRow(page, 'A1')).toContainText(`https://${host}/prod/health`, { timeout: 60_000 });
    await expect(overviewRow(page, 'A1')).toContainText('Recommended');
    await expect(overviewRow(page, 'A2')).toContainText(`Host: ${host}`);
    await expect(overviewRow(page, 'A3')).toContainText(`x-apigw-api-id: ${P.apis.orders.id}`);
    await expect(overviewRow(page, 'A4')).toContainText(
      `https://${P.apis.orders.id}-${P.vpceId}.execute-api.us-east-1.amazonaws.com/prod/health`,
    );
    for (const id of ['A1', 'A2', 'A3', 'A4']) await expect(overviewRow(page, id)).toContainText('Ready');
    await expect(page.getByText(`read from GET /health of API ${P.apis.orders.id}`)).toBeVisible();

    await page.getByRole('link', { name: 'Change client situation' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/invoke\\?target=api&api=${P.apis.orders.id}&stage=prod&vpce=${P.vpceId}`),
      { timeout: 60_000 },
    );
    await expect(overviewRow(page, 'A1')).toContainText(`https://${host}/prod/health`);
  });
});
