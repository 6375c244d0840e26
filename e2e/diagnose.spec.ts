import { test, expect, resetEmulator, switchContext } from './fixtures';
import { DiagnosePage } from './pages/diagnose';
import { InvokePage } from './pages/invoke';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;

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
