import { test, expect, resetEmulator, switchContext } from './fixtures';
import { InvokeAnswer, InvokePage } from './pages/invoke';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;
const SHOP = 'https://shop.example.com';
const orders = { api: P.apis.orders.id, stage: 'prod' };
const sharedOrders = { domain: shared, basePath: 'orders' };

const EXPECTED_CURL = [
  'curl \\',
  '  --globoff \\',
  '  --request GET \\',
  `  --url 'https://${shared.name}/orders/orders'`,
].join('\n');

test.describe('invoke URLs', () => {
  test.beforeAll(resetEmulator);
  // Pages compile on first use under E2E_DEV; a production build answers well within the default timeouts.
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test('a consumer picks its situation for the shared domain, copies the curl snippet, and the link reproduces the answer', async ({
    page,
    browser,
  }) => {
    // Five answers in a row (each a server render with its AWS reads), then a second browser page.
    test.slow();
    const invoke = new InvokePage(page);
    await invoke.pickSharedDomain('Consumer', shared, PROVIDER.account);
    // Enter in a typed field applies it.
    await invoke.enter('Base path', 'orders');
    await invoke.applied(/basePath=orders/);
    await invoke.enter('Path', '/orders');
    await invoke.applied(/basePath=orders.*path=%2Forders/);
    await invoke.choose('execute-api VPC endpoint', new RegExp(C.appVpceId));
    await invoke.applied(new RegExp(`vpce=${C.appVpceId}`));

    // The consumer cannot read the provider's policies, mappings or whether it rejected the association: unverified.
    const { answer } = invoke;
    await expect(answer.row('B1')).toContainText('Recommended');
    await expect(answer.row('B1')).toContainText('Unverified – 5 unknown');
    await expect(answer.row('B1')).toContainText(`https://${shared.name}/orders/orders`);
    await expect(answer.row('B2')).toContainText(`Host: ${shared.name}`);
    const b1 = answer.form('B1');
    await expect(b1.getByRole('table', { name: 'Prerequisites of B1' })).toContainText(
      `Ask the provider (account ${PROVIDER.account})`,
    );
    await expect(b1.getByRole('table', { name: 'DNS records for the custom domain' })).toContainText(C.appVpceId);

    expect(await answer.copySnippet('B1', 'curl')).toBe(EXPECTED_CURL);

    const link = await invoke.copyLink();
    expect(link).toMatch(
      new RegExp(
        `/invoke\\?target=domain&domain=${shared.name}&domainId=${shared.id}&basePath=orders&vpce=${C.appVpceId}&`,
      ),
    );

    // Opened fresh by someone in the consumer account: the same answer, without touching the form.
    const fresh = new InvokePage(await browser.newPage());
    await fresh.goto();
    await switchContext(fresh.page, 'Consumer');
    await fresh.page.goto(link);
    await expect(fresh.answer.row('B1')).toContainText('Unverified – 5 unknown');
    await expect(fresh.answer.row('B1')).toContainText(`https://${shared.name}/orders/orders`);
    await expect(fresh.answer.snippet('B1', 'curl')).toContainText(`--url 'https://${shared.name}/orders/orders'`);
    await expect(fresh.textbox('Base path')).toHaveValue('orders');
    await fresh.page.close();
  });

  test('a form whose prerequisites are not met warns on its snippets and says how to fix them', async ({ page }) => {
    const invoke = new InvokePage(page);
    // The analytics VPC has no private hosted zone record and enableDnsHostnames off.
    await invoke.open('Consumer', sharedOrders, { vpce: C.analyticsVpceId, path: '/orders' });
    const { answer } = invoke;
    await expect(answer.row('B1')).toContainText('Blocked – 2 not met');
    await answer.open('B1');
    const warning = answer.snippetWarning('B1');
    await expect(warning).toContainText('These snippets will fail until the prerequisites below are met');
    await expect(warning).toContainText(`Private DNS record for ${shared.name} in the client VPC`);
    await expect(warning).toContainText(
      `Create a private hosted zone for ${shared.name} associated with ${C.analyticsVpc.id}`,
    );
    await expect(warning).toContainText(
      `ModifyVpcAttribute on ${C.analyticsVpc.id}: set enableDnsSupport and enableDnsHostnames to true`,
    );
    // The snippet is still there to copy.
    await expect(answer.form('B1').getByRole('button', { name: 'Copy curl snippet for B1' })).toBeVisible();
    // B2 needs no DNS: it is the form to use meanwhile.
    await expect(answer.row('B2')).toContainText('Recommended');
    // Its endpoint name has one zonal variant per Availability Zone, for AZ-local calls.
    await answer.open('B2');
    await expect(answer.zonal('B2')).toContainText('Zonal endpoint names');
    await expect(answer.zonal('B2')).toContainText(`https://${C.analyticsVpceId}-`);
    // And when one helps: AZ-local calls, at the price of the Regional name's failover.
    await expect(answer.zonal('B2')).toContainText('a client there stays in its zone');
    await expect(answer.zonal('B2')).toContainText('gets no failover if that interface is unavailable');
  });

  test('a browser client cannot use the Host-header form', async ({ page }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Provider', sharedOrders, { vpce: P.vpceId, client: 'browser', path: '/orders' });
    // Not ready for a browser until the API's CORS answers are known.
    await expect(invoke.answer.row('B1')).toContainText('Unverified');
    await expect(invoke.answer.row('B2')).toContainText('Not applicable');
    await invoke.answer.open('B2');
    await expect(invoke.answer.notApplicable('B2')).toContainText('Browsers cannot set the Host header');
  });

  test('an IAM-authorized call from on premises gets the alias form and signed snippets, never a Host override', async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Provider', orders, {
      vpce: P.vpceId,
      from: 'onprem',
      resolver: '0',
      auth: 'iam',
      path: '/orders',
    });
    const { answer } = invoke;
    await expect(page.getByText('Method authorization: AWS_IAM, as chosen in the client situation.')).toBeVisible();
    await expect(answer.row('A4')).toContainText('Recommended');
    await expect(answer.row('A1')).toContainText('Blocked – 1 not met');
    await expect(answer.row('A2')).toContainText('Not applicable');
    const a4 = answer.form('A4');
    await expect(a4.getByRole('tab').first()).toHaveText('Python (botocore SigV4)');
    await expect(answer.snippet('A4', 'Python (botocore SigV4)')).toContainText(
      'SigV4Auth(credentials, "execute-api", "us-east-1")',
    );
    await answer.selectSnippetTab('A4', 'curl');
    await expect(
      a4.getByText('This method uses AWS_IAM: an unsigned request is refused (403). Use a SigV4 variant.'),
    ).toBeVisible();
  });

  test('header values that look like credentials stay out of the link unless the operator lets them in', async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Provider', orders, { vpce: P.vpceId, path: '/orders' });
    await expect(invoke.answer.row('A1')).toContainText('Ready');
    await invoke.textbox('Headers').fill('Authorization: Bearer s3cr3t-token\nX-Note: café');
    await expect(invoke.keepSecretsOutOfLink).toBeChecked();
    await invoke.update();
    await invoke.applied(/X-Note/);
    expect(invoke.currentLink()).toContain('header=Authorization: Bearer <secret>');
    expect(invoke.currentLink()).not.toContain('s3cr3t');
    expect(await invoke.copyLink()).not.toContain('s3cr3t');
    // The value stays in the form; the snippets say where it goes, and carry the other header as typed.
    await expect(invoke.textbox('Headers')).toHaveValue(/Bearer s3cr3t-token/);
    await expect(invoke.answer.snippet('A1', 'curl')).toContainText("--header 'Authorization: Bearer <secret>'");
    await expect(invoke.answer.snippet('A1', 'curl')).toContainText("--header 'X-Note: café'");

    await invoke.keepSecretsOutOfLink.uncheck();
    await invoke.applied(/s3cr3t-token/);
    await expect(invoke.answer.snippet('A1', 'curl')).toContainText("--header 'Authorization: Bearer s3cr3t-token'");
  });

  test("a browser page posting JSON is checked against the API's CORS answers and gets a fetch() snippet", async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Provider', orders, {
      vpce: P.vpceId,
      client: 'browser',
      origin: SHOP,
      method: 'POST',
      path: '/orders/search',
      header: 'Content-Type: application/json',
      body: '{"q":"late"}',
    });
    const { answer } = invoke;
    // The method uses a Cognito user pool authorizer, read from the API.
    await expect(answer.methodAuthorization).toContainText('COGNITO_USER_POOLS');
    await expect(answer.methodAuthorization).toContainText('orders-users');
    await expect(answer.row('A1')).toContainText('Ready');
    await answer.open('A1');
    await expect(answer.cors('A1')).toContainText(
      `From ${SHOP} the browser first sends an OPTIONS preflight, because of Content-Type application/json (only form, multipart and text/plain bodies are simple), header Authorization`,
    );
    await expect(answer.cors('A1')).toContainText('Gateway responses DEFAULT_5XX set no Access-Control-Allow-Origin');
    await expect(answer.form('A1').getByRole('tab').first()).toHaveText('Browser fetch()');
    await expect(answer.snippet('A1', 'Browser fetch()')).toContainText(
      '"Authorization": "<Cognito user pool ID token>",',
    );
    await expect(answer.snippet('A1', 'Browser fetch()')).toContainText('method: "POST",');

    // A page on another origin: the preflight and the response do not allow it.
    await invoke.enter('Page origin', 'https://elsewhere.example.com');
    await invoke.applied(/origin=https%3A%2F%2Felsewhere\.example\.com/);
    await expect(answer.row('A1')).toContainText('Blocked – 2 not met');
    await expect(answer.cors('A1')).toContainText('Access-Control-Allow-Origin: https://elsewhere.example.com');
    await expect(answer.prerequisites('A1')).toContainText("OPTIONS /orders/search answers the browser's preflight");
  });

  test('a consumer is asked for the method authorization and gets the header it chose in every snippet', async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Consumer', sharedOrders, { vpce: C.appVpceId, method: 'POST', path: '/orders/bulk' });
    const { answer } = invoke;
    await expect(answer.methodAuthorization).toContainText('Method authorization not known');
    await expect(answer.row('B1')).toContainText('Unverified – 5 unknown');
    await answer.open('B1');
    await expect(answer.prerequisites('B1')).toContainText(
      `Ask the provider (account ${PROVIDER.account}) how POST /orders/bulk authorizes`,
    );

    await invoke.choose('Method authorization', /Lambda authorizer \(REQUEST\)/);
    await invoke.applied(/auth=request/);
    await invoke.enter('Identity sources', 'X-Partner-Id, ?partner');
    await invoke.applied(/identity=X-Partner-Id/);
    await expect(answer.row('B1')).toContainText('Unverified – 4 unknown');
    await expect(answer.methodAuthorization).toContainText('as chosen in the client situation');
    const curl = answer.snippet('B1', 'curl');
    await expect(curl).toContainText("--header 'X-Partner-Id: <X-Partner-Id for the Lambda authorizer>'");
    await expect(curl).toContainText('?partner=%3Cpartner%20for%20the%20Lambda%20authorizer%3E');
  });

  test('a VPC with its own DNS servers needs forwarding to a Resolver inbound endpoint for the private DNS name', async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    const situation = { vpce: P.vpceId, dns: 'custom', path: '/orders' } as const;
    await invoke.open('Provider', orders, situation);
    const { answer } = invoke;
    await expect(answer.row('A1')).toContainText('Unverified – 1 unknown');
    await expect(answer.row('A4')).toContainText('Ready');
    await invoke.open('Provider', orders, { ...situation, resolver: '0' });
    await expect(answer.row('A1')).toContainText('Blocked – 1 not met');
    await answer.open('A1');
    await expect(answer.snippetWarning('A1')).toContainText(
      'Your DNS servers forward to a Route 53 Resolver inbound endpoint',
    );
    await expect(answer.row('A4')).toContainText('Recommended');
  });

  test('a link with bad values names each field and how to fix it', async ({ page }) => {
    const invoke = new InvokePage(page);
    await invoke.goto('target=api&api=Orders&vpce=vpc-123&method=FETCH&path=orders');
    await expect(invoke.linkErrors).toContainText('REST API id: 10 lowercase letters or digits');
    await expect(invoke.linkErrors).toContainText('VPC endpoint: "vpc-123" is not a VPC endpoint id');
    await expect(invoke.linkErrors).toContainText('Method must be one of GET');
    await expect(invoke.linkErrors).toContainText('Path: The path starts with /');
    // The form shows the rejected text next to its error, not a silent default.
    await expect(invoke.textbox('Path')).toHaveValue('orders');
    await expect(invoke.answer.overview).toHaveCount(0);
  });

  test('the Invoke tab of an API shows A1–A4 for the provider endpoint', async ({ page }) => {
    const answer = new InvokeAnswer(page);
    await page.goto(`/apis/${P.apis.orders.id}`);
    await page.getByRole('tab', { name: 'Invoke' }).click();
    await expect(page).toHaveURL(/tab=invoke/);
    const host = `${P.apis.orders.id}.execute-api.us-east-1.amazonaws.com`;
    await expect(answer.row('A1')).toContainText(`https://${host}/prod/health`, { timeout: 60_000 });
    await expect(answer.row('A1')).toContainText('Recommended');
    await expect(answer.row('A2')).toContainText(`Host: ${host}`);
    await expect(answer.row('A3')).toContainText(`x-apigw-api-id: ${P.apis.orders.id}`);
    await expect(answer.row('A4')).toContainText(
      `https://${P.apis.orders.id}-${P.vpceId}.execute-api.us-east-1.amazonaws.com/prod/health`,
    );
    for (const id of ['A1', 'A2', 'A3', 'A4']) await expect(answer.row(id)).toContainText('Ready');
    await expect(page.getByText(`read from GET /health of API ${P.apis.orders.id}`)).toBeVisible();

    await page.getByRole('link', { name: 'Change client situation' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/invoke\\?target=api&api=${P.apis.orders.id}&stage=prod&vpce=${P.vpceId}`),
      { timeout: 60_000 },
    );
    // /invoke answers the tab's link exactly as the tab did.
    await expect(answer.row('A1')).toContainText(`https://${host}/prod/health`);
  });
});
