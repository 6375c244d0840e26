import { expect, test } from './fixtures';
import { startConsole, type ConsoleServer } from './auth-support/console-server';
import { ALB_ARN, startAlbKeys, unsigned, type AlbKeys } from './auth-support/alb-keys';

test.describe.configure({ mode: 'serial' });

let keys: AlbKeys;
let server: ConsoleServer;
const operator = { sub: 'alb-user-1', email: 'ola@example.com', groups: ['platform-operators'] };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  keys = await startAlbKeys();
  server = await startConsole({
    CONSOLE_AUTH: 'alb',
    ALB_ARN,
    ALB_PUBLIC_KEY_URL: keys.keyUrl,
    CONSOLE_ROLES: JSON.stringify({ 'platform-operators': { '*': 'operator' } }),
  });
});

test.afterAll(async () => {
  await server.stop();
  await keys.stop();
});

test('only a valid token signed by the configured load balancer passes', async ({ request }) => {
  const get = async (token?: string) =>
    (
      await request.get(`${server.url}/api/me`, {
        headers: token ? { 'x-amzn-oidc-data': token } : {},
        maxRedirects: 0,
      })
    ).status();
  const valid = await keys.token(operator);
  const cases: [string, string | undefined, number][] = [
    ['valid', valid, 200],
    ['expired', await keys.token(operator, { expIn: -60 }), 401],
    ['wrong signer', await keys.token(operator, { signer: ALB_ARN.replace('console', 'elsewhere') }), 401],
    ['unsigned', unsigned(valid), 401],
    ['missing', undefined, 401],
  ];
  for (const [name, token, status] of cases) expect(await get(token), name).toBe(status);
});

test('the signed-in ALB user sees their name and role in the header', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-amzn-oidc-data': await keys.token(operator) });
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByRole('menuitem', { name: 'Role here: operator' })).toBeVisible({ timeout: 90_000 });
});

test('an anonymous visitor at an unknown public address is told to sign in, not to use a header it does not have', async ({
  page,
}) => {
  const response = await page.goto(`${server.url}/auth/no-such-page`);
  expect(response?.status()).toBe(404);
  const notFound = page.getByTestId('not-found');
  await expect(notFound).toContainText('Nothing at this address');
  await expect(notFound).not.toContainText('header');
  await expect(notFound.getByRole('link', { name: 'Sign in to the console' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('button', { name: 'User menu' })).toHaveCount(0);
});
