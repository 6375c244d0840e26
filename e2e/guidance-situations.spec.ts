import { test, expect, resetEmulator } from './fixtures';
import { createPrivateDomain, putMethodWithLambdaAuthorizer } from './guidance-aws';
import { InvokePage, type InvokeSituation } from './pages/invoke';
import { PROVIDER } from '../emulator/seed/demo-ids';

const P = PROVIDER['us-east-1'];
const orders = { api: P.apis.orders.id, stage: 'prod' };

interface AuthorizationCase {
  name: string;
  /** Puts the method in place outside the console when the demo seed has none of this kind. */
  setUp?: () => Promise<unknown>;
  request: Pick<InvokeSituation, 'method' | 'path'>;
  /** The answer's "Method authorization" line, read from the method. */
  read: string;
  /** What each snippet (curl, Python, Node.js, PowerShell, fetch) must carry. */
  inEverySnippet: string[];
}

const AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    name: 'a Cognito user pool method',
    request: { method: 'POST', path: '/orders/search' },
    read: 'COGNITO_USER_POOLS (Cognito user pool authorizer orders-users; identity sources method.request.header.Authorization)',
    inEverySnippet: ['Authorization', '<Cognito user pool ID token>'],
  },
  {
    name: 'a Lambda TOKEN authorizer method',
    setUp: () =>
      putMethodWithLambdaAuthorizer(
        PROVIDER.account,
        P.apis.orders.id,
        { httpMethod: 'DELETE', path: '/orders', apiKeyRequired: false },
        { name: 'ledger-token', type: 'TOKEN', identitySource: 'method.request.header.X-Ledger-Token' },
      ),
    request: { method: 'DELETE', path: '/orders' },
    read: 'CUSTOM (Lambda TOKEN authorizer ledger-token; identity sources method.request.header.X-Ledger-Token)',
    inEverySnippet: ['X-Ledger-Token', '<token for the Lambda authorizer>'],
  },
  {
    name: 'a Lambda REQUEST authorizer method that also needs an API key',
    request: { method: 'POST', path: '/orders/bulk' },
    read: 'CUSTOM (Lambda REQUEST authorizer partner-gateway; identity sources method.request.header.X-Partner-Id, method.request.querystring.partner; API key required (x-api-key))',
    inEverySnippet: [
      'X-Partner-Id',
      '<X-Partner-Id for the Lambda authorizer>',
      'partner=%3Cpartner%20for%20the%20Lambda%20authorizer%3E',
      'x-api-key',
      '<API key>',
    ],
  },
];

test.describe('guidance: client situations', () => {
  test.beforeEach(resetEmulator);

  for (const c of AUTHORIZATION_CASES) {
    test(`${c.name}: the authorization is read from the method and every snippet carries what it needs`, async ({
      page,
    }) => {
      await c.setUp?.();
      const invoke = new InvokePage(page);
      await invoke.open('Provider', orders, { vpce: P.vpceId, ...c.request });
      const { answer } = invoke;
      await expect(answer.methodAuthorization).toContainText(
        `${c.read} — read from ${c.request.method ?? 'GET'} ${c.request.path ?? '/'} of API ${P.apis.orders.id}`,
      );
      await expect(answer.methodAuthorization).toContainText('The snippets carry placeholders for the credentials');
      const tools = await answer.snippetTools('A1');
      expect(tools).toEqual(expect.arrayContaining(['curl', 'Python (requests)', 'Node.js (https)', 'PowerShell 7']));
      for (const tool of tools) {
        await answer.selectSnippetTab('A1', tool);
        for (const text of c.inEverySnippet) await expect(answer.snippet('A1', tool)).toContainText(text);
      }
    });
  }

  test('a domain or an API in another Region than the endpoint: the answer says AWS needs one Region, not "not found"', async ({
    page,
  }) => {
    const name = 'orders.eu.internal.example.com';
    const id = await createPrivateDomain(
      PROVIDER.account,
      'eu-west-1',
      name,
      PROVIDER['eu-west-1'].certificates.wildcardRsa,
    );
    const invoke = new InvokePage(page);
    await invoke.open('Provider', { domain: { name, id }, basePath: 'orders' }, { vpce: P.vpceId, path: '/' });
    await expect(invoke.answerError).toContainText('The domain is in eu-west-1');
    await expect(invoke.answerError).toContainText(
      `Private domain ${name} (${id}) is in eu-west-1, not in us-east-1 (account ${PROVIDER.account}). AWS requires the execute-api VPC endpoint and the private domain in one Region`,
    );
    await expect(invoke.answerError).not.toContainText('not found');

    await invoke.open('Provider', { api: PROVIDER['eu-west-1'].apis.ordersEu.id, stage: 'prod' }, { vpce: P.vpceId });
    await expect(invoke.answerError).toContainText('The API is in eu-west-1');
    await expect(invoke.answerError).toContainText('Switch the Region to eu-west-1');
  });
});
