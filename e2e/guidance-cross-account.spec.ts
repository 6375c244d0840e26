import { test, expect, resetEmulator, switchContext } from './fixtures';
import { createPrivateApi } from './guidance-aws';
import { InvokePage } from './pages/invoke';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const orders = P.apis.orders.id;
const alias = (api: string) => `https://${api}-${C.appVpceId}.execute-api.us-east-1.amazonaws.com/prod/orders`;

/** An account the demo has no context for. */
const STRANGER = '444444444444';

test.describe("guidance: a consumer calling the provider's private API by id through its own endpoint", () => {
  test.beforeEach(resetEmulator);

  test("with a context for the provider, the API is read with it: the alias names the consumer's endpoint, and what the provider must still do", async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Consumer', { api: orders, stage: 'prod' }, { vpce: C.appVpceId, path: '/orders' });
    await expect(invoke.answer.row('A4')).toContainText(alias(orders), { timeout: 60_000 });
    await expect(
      page.getByText(
        `API ${orders} belongs to account ${PROVIDER.account}: its configuration was read with your context "Provider".`,
      ),
    ).toBeVisible();
    await expect(invoke.answer.row('A4')).toContainText('Blocked');
    await invoke.answer.open('A4');
    const a4 = invoke.answer.prerequisites('A4');
    await expect(a4.getByRole('row', { name: /^Not met Endpoint associated with the API/ })).toContainText(
      `${C.appVpceId} is not in vpcEndpointIds of ${orders}`,
    );
    await expect(a4.getByRole('row', { name: /^Met Resource policy of API/ })).toContainText(C.appVpceId);
    await expect(a4.getByRole('row', { name: /^Unknown/ })).toHaveCount(0);
    // The consumer's endpoint has private DNS on: the API's default name works from its VPC.
    await expect(invoke.answer.row('A1')).toContainText('Ready');
  });

  test('with no context for the owner, the provider-side checks are unknown, each with what to ask', async ({
    page,
  }) => {
    const allowConsumer = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/*',
          Condition: { StringEquals: { 'aws:SourceVpce': C.appVpceId } },
        },
      ],
    };
    const api = await createPrivateApi(STRANGER, 'stranger-orders-api', allowConsumer);
    const owner = `Ask the owner of API ${api} (account ${STRANGER})`;
    const invoke = new InvokePage(page);
    await invoke.open('Consumer', { api, stage: 'prod' }, { vpce: C.appVpceId, path: '/orders', apiAccount: STRANGER });
    await expect(invoke.answer.row('A4')).toContainText(alias(api), { timeout: 60_000 });
    await expect(invoke.answer.row('A4')).toContainText('Unverified');
    await invoke.answer.open('A4');
    const a4 = invoke.answer.prerequisites('A4');
    const asked: [RegExp, string][] = [
      [/^Unknown Endpoint associated with the API/, `${owner} to add ${C.appVpceId} (account ${CONSUMER.account})`],
      [/^Unknown Resource policy of API/, `${owner} to allow execute-api:Invoke`],
      [/^Unknown Stage "prod" deployed/, `${owner} whether stage "prod" exists and is deployed`],
    ];
    for (const [row, question] of asked) await expect(a4.getByRole('row', { name: row })).toContainText(question);
    await expect(a4.getByRole('row', { name: /^Unknown Resource policy of API/ })).toContainText(
      `from aws:SourceVpce ${C.appVpceId}`,
    );
    await a4.getByRole('button', { name: /^Copy the question: Endpoint associated with the API/ }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain(`${owner} to add ${C.appVpceId} (account ${CONSUMER.account})`);
    // The consumer's own side is read with its own credentials.
    await expect(a4.getByRole('row', { name: /^Met Endpoint policy of/ })).toBeVisible();
  });

  test("the form names another account's API by id and owner; a wrong owner account is named with its fix", async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.goto();
    await switchContext(page, 'Consumer');
    await expect(invoke.heading).toBeVisible({ timeout: 60_000 });
    await invoke.targetKind('Private REST API');
    await invoke.apiById(orders, '1111', 'prod');
    await expect(page.getByText('API owner account: 12 digits, e.g. 111111111111.')).toBeVisible();

    await page.getByRole('textbox', { name: 'Owner account' }).fill(PROVIDER.account);
    await page.getByRole('button', { name: 'Use this API' }).click();
    await invoke.applied(
      new RegExp(`api=${orders}.*apiAccount=${PROVIDER.account}|apiAccount=${PROVIDER.account}.*api=${orders}`),
    );
    await expect(invoke.answer.row('A4')).toContainText(
      `https://${orders}-${C.appVpceId}.execute-api.us-east-1.amazonaws.com/prod/`,
      { timeout: 60_000 },
    );
    await expect(
      page.getByText(
        `API ${orders} belongs to account ${PROVIDER.account}: its configuration was read with your context "Provider".`,
      ),
    ).toBeVisible();
  });
});
