import { expect, resetEmulator, switchContext, test } from './fixtures';
import { PROVIDER } from '../emulator/seed/demo-ids';
import { freePort } from './ports';
import { startConsole, type ConsoleServer } from './auth-support/console-server';
import { CLIENT_ID, CLIENT_SECRET, startIdp, type Idp } from './auth-support/oidc-idp';
import { auditEntries, newAuditFile } from './auth-support/audit-file';
import { captureNextAction, replayAction, type CapturedAction } from './auth-support/replay';
import { signIn, signOut } from './pages/sign-in';

const FIRST_LOAD = { timeout: 90_000 };
const ROLES = {
  'payments-viewers': { '*': 'viewer' },
  'platform-operators': { '*': 'operator' },
  'platform-admins': { '*': 'admin' },
};

test.describe.configure({ mode: 'serial' });

let idp: Idp;
let server: ConsoleServer;
let consoleUrl: string;
let auditFile: string;
let rejectCall: CapturedAction;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await resetEmulator();
  const port = await freePort();
  consoleUrl = `http://127.0.0.1:${port}`;
  idp = await startIdp(consoleUrl);
  auditFile = await newAuditFile();
  server = await startConsole(
    {
      CONSOLE_AUTH: 'oidc',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      CONSOLE_URL: consoleUrl,
      CONSOLE_ROLES: JSON.stringify(ROLES),
      CONSOLE_AUDIT_FILE: auditFile,
    },
    port,
  );
});

test.afterAll(async () => {
  await server.stop();
  await idp.stop();
});

async function openInvitations(page: import('@playwright/test').Page) {
  await page.goto(`${consoleUrl}/sharing?tab=invitations`);
  await expect(page.getByRole('heading', { name: /Invitations to this account/ })).toBeVisible(FIRST_LOAD);
}

test('anonymous: a page goes to sign-in, an action or a route handler call gets 401', async ({ page, request }) => {
  expect((await request.get(`${consoleUrl}/invoke/answer`, { maxRedirects: 0 })).status()).toBe(401);
  const action = await request.post(`${consoleUrl}/sharing`, {
    headers: { 'next-action': '00'.repeat(21), accept: 'text/x-component', origin: consoleUrl },
    data: '[]',
    maxRedirects: 0,
  });
  expect(action.status()).toBe(401);
  await page.goto(`${consoleUrl}/domains`);
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await expect(page.locator('input[name=login]')).toBeVisible();
});

test('operator: a mutation succeeds and its audit entry names the user and the target', async ({ page }) => {
  await signIn(page, consoleUrl, 'otto');
  await expect(page.getByRole('button', { name: 'User menu' })).toContainText('Otto Operator', FIRST_LOAD);
  await switchContext(page, 'Consumer');
  await openInvitations(page);
  const row = page.getByRole('row', { name: /partner-apis-share/ });
  await row.getByRole('button', { name: 'Reject partner-apis-share' }).click();
  const captured = captureNextAction(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Reject', exact: true }).click();
  rejectCall = await captured;
  await expect(page.getByTestId('invitation-result')).toContainText('Rejected "partner-apis-share"');
  await expect(async () => {
    const entry = (await auditEntries(auditFile)).find((e) => e.outcome === 'ok' && /reject/i.test(e.action));
    expect(entry).toMatchObject({
      user: { sub: 'otto', email: 'otto@example.com' },
      role: 'operator',
      context: 'consumer',
      account: '222222222222',
    });
    expect(entry?.targets.join(' ')).toMatch(/^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share-invitation\//);
    expect(entry?.requestIds.length).toBeGreaterThan(0);
  }).toPass();
});

test('viewer: no mutation controls, and a replayed action call is refused and audited', async ({ page }) => {
  await signIn(page, consoleUrl, 'vera', '/domains');
  await expect(page.getByRole('button', { name: 'User menu' })).toContainText('Vera Viewer', FIRST_LOAD);
  await expect(page.getByRole('link', { name: 'Create private domain' })).toBeDisabled();
  await page.goto(`${consoleUrl}/apis/${PROVIDER['us-east-1'].apis.orders.id}?tab=policy`);
  await expect(page.getByRole('button', { name: 'Edit resource policy' })).toBeDisabled(FIRST_LOAD);
  await expect(page.getByRole('button', { name: 'Redeploy', exact: true })).toBeDisabled();
  await switchContext(page, 'Consumer');
  await openInvitations(page);

  const replay = await replayAction(page.request, rejectCall, consoleUrl);
  expect(replay.text).toContain('ConsoleRefused');
  await expect(async () => {
    const refused = (await auditEntries(auditFile)).find((e) => e.outcome === 'refused' && e.user.sub === 'vera');
    expect(refused).toMatchObject({ role: 'viewer', user: { email: 'vera@example.com' } });
    expect(refused?.action).toMatch(/reject/i);
  }).toPass();
});

test('a user in no group is refused with the groups that grant access', async ({ page }) => {
  await page.goto(`${consoleUrl}/`);
  await page.locator('input[name=login]').fill('nora');
  await page.locator('input[name=password]').fill('any');
  const refusal = page.waitForResponse((r) => r.url().startsWith(`${consoleUrl}/`) && r.status() === 403);
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await refusal;
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  await expect(page.getByText('payments-viewers, platform-admins, platform-operators')).toBeVisible();
});

test('admin sees the audit trail; sign out ends the session here and at the provider', async ({ page }) => {
  await signIn(page, consoleUrl, 'ada', '/audit');
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible(FIRST_LOAD);
  await expect(page.getByRole('table', { name: 'Audit entries' })).toContainText('otto@example.com');
  await signOut(page);
  await page.goto(`${consoleUrl}/`);
  await expect(page.locator('input[name=login]')).toBeVisible();
});

test('a viewer gets 403 on the audit page', async ({ page }) => {
  await signIn(page, consoleUrl, 'vera');
  const response = await page.goto(`${consoleUrl}/audit`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
});
