import { spawnSync } from 'node:child_process';
import { test, expect, emulatorUrl, resetEmulator, switchContext } from './fixtures';
import { EmulatorRun } from './pages/emulator-run';
import { DiagnosePage } from './pages/diagnose';
import { InvokePage } from './pages/invoke';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { DIAGNOSE_SCENARIOS, diagnoseSearch } from '../emulator/testing/diagnose-scenarios';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;
const consumerCall = (vpce: string) => ({
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce,
  path: '/orders',
});

/** Runs a copied curl snippet in a bare bash, printing the status after the body. */
function runCurl(code: string): { status: number; body: string } {
  const r = spawnSync(
    'bash',
    ['--norc', '--noprofile', '-c', `${code} --silent --show-error --write-out '\\n%{http_code}'`],
    {
      env: { PATH: process.env.PATH, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  expect(r.stderr).toBe('');
  const out = r.stdout;
  const at = out.lastIndexOf('\n');
  return { status: Number(out.slice(at + 1)), body: out.slice(0, at) };
}

test.describe('run against the emulator', () => {
  test.beforeAll(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  test("the consumer's copied snippet reaches the provider's API through the shared custom domain", async ({
    page,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    const invoke = new InvokePage(page);
    await invoke.goto(consumerCall(C.appVpceId));
    const run = new EmulatorRun(page, 'B1');
    await expect(run.heading).toBeVisible({ timeout: 60_000 });

    const copied = await run.copy('curl');
    // The real snippet, plus only how to connect and whom to trust.
    expect(copied).toContain(`--url 'https://${shared.name}/orders/orders'`);
    expect(copied).toMatch(new RegExp(`--connect-to '${shared.name.replace(/\./g, '\\.')}:443:127\\.[\\d.]+:\\d+'`));
    expect(copied).toContain('--cacert ');
    const { status, body } = runCurl(copied);
    expect(status).toBe(200);
    // What the provider's API answers for GET /orders, through the consumer's endpoint.
    expect(body).toContain('"method":"GET"');
    expect(body).toContain('/orders');

    await run.call();
    await expect(run.result).toContainText('HTTP 200');
    await expect(run.verdict).toContainText('The emulator answered what the console predicted.');
  });

  test('no variant where the name does not resolve from the VPC; the diagnosis confirms with a live call', async ({
    page,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    const invoke = new InvokePage(page);
    await invoke.goto(consumerCall(C.analyticsVpceId));
    await page
      .getByTestId('invoke-form-B1')
      .getByRole('button', { name: /^B1 · / })
      .click();
    const run = new EmulatorRun(page, 'B1');
    await expect(run.unresolvable).toContainText(`${shared.name} does not resolve from ${C.analyticsVpc.id}`, {
      timeout: 60_000,
    });

    const diagnose = await DiagnosePage.openFromInvoke(page, 'B1');
    await expect(diagnose.heading).toBeVisible({ timeout: 60_000 });
    const confirm = new EmulatorRun(page, 'B1');
    await confirm.call('Confirm with a live call');
    await expect(confirm.result).toContainText('Not sent');
    await expect(confirm.verdict).toContainText('The emulator answered what the console predicted.');
  });

  test('the live call names the link the emulator refused at, and it is the one the diagnosis names', async ({
    page,
  }) => {
    const scenario = DIAGNOSE_SCENARIOS.find((s) => s.name === 'domain policy does not allow the endpoint');
    if (!scenario?.breakIt) throw new Error('the scenario table lost its domain-policy case');
    await scenario.breakIt(emulatorUrl());
    await page.goto('/');
    await switchContext(page, 'Consumer');
    const diagnose = new DiagnosePage(page);
    await diagnose.gotoSearch(diagnoseSearch(scenario));
    await expect(diagnose.finding).toContainText('First broken link: Domain policy', { timeout: 60_000 });
    const confirm = new EmulatorRun(page, 'B1');
    await confirm.call('Confirm with a live call');
    await expect(confirm.result).toContainText('HTTP 403');
    await expect(confirm.result).toContainText(/Refused at \(the emulator says\)\s*Domain policy/);
    await expect(confirm.verdict).toContainText('The emulator answered what the console predicted.');
    await resetEmulator();
  });
});
