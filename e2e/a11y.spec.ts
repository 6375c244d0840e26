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
  test.describe(`as ${role}`, () => {
    test.beforeEach(async ({ shell }) => {
      await shell.visit('/');
      await shell.switchContext(role);
    });

    for (const route of routes) {
      test(`${route.split('?')[0]} has no critical or serious WCAG 2.1 A/AA violation`, async ({ shell, page }) => {
        await shell.visit(route);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const blocking = violations
          .filter((v) => v.impact === 'critical' || v.impact === 'serious')
          .map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 200)}`),
          }));
        expect(blocking).toEqual([]);
      });
    }
  });
}
