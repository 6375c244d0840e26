import AxeBuilder from '@axe-core/playwright';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { test, expect, resetEmulator } from './fixtures';
import type { ContextLabel } from './pages/shell';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const domainPage = (d: { name: string; id: string }) => `/domains/${d.name}/${d.id}`;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every route, with ids that exist for the account viewing them (the consumer sees the provider's ids as missing). */
const ROUTES: Partial<Record<ContextLabel, string[]>> = {
  Provider: [
    '/',
    '/apis',
    `/apis/${P.apis.orders.id}`,
    '/vpc-endpoints',
    `/vpc-endpoints/${P.vpceId}`,
    '/domains',
    '/domains/new',
    domainPage(P.domains.shared),
    domainPage(P.domains.denyAll),
    '/sharing',
    `/invoke?target=api&api=${P.apis.orders.id}&stage=prod&vpce=${P.vpceId}&method=GET&path=/orders`,
    '/no-such-page',
  ],
  Consumer: [
    '/',
    '/apis',
    `/apis/${P.apis.orders.id}`,
    '/vpc-endpoints',
    `/vpc-endpoints/${C.appVpceId}`,
    '/domains',
    '/domains/new',
    domainPage(P.domains.shared),
    '/sharing',
    `/invoke?target=domain&domain=${P.domains.shared.name}&domainId=${P.domains.shared.id}&basePath=orders&vpce=${C.appVpceId}&method=GET&path=/orders`,
    '/no-such-page',
  ],
};

test.beforeAll(resetEmulator);

for (const [role, routes] of Object.entries(ROUTES) as [ContextLabel, string[]][]) {
  test(`as ${role}, every route is free of critical and serious WCAG 2.1 A/AA violations`, async ({ shell, page }) => {
    test.setTimeout(routes.length * 60_000);
    await shell.visit('/');
    await shell.switchContext(role);
    for (const route of routes) {
      await test.step(route, async () => {
        await shell.visit(route);
        // One h1 per page: the page's name (on /domains/new, the wizard's step title).
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toHaveCount(1);
        await expect(h1).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const blocking = violations
          .filter((v) => v.impact === 'critical' || v.impact === 'serious')
          .map((v) => ({
            rule: v.id,
            help: v.help,
            nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 200)}`),
          }));
        // Soft: one run reports every route's violations, not only the first route's.
        expect.soft(blocking, `${role} ${route}`).toEqual([]);
      });
    }
  });
}
