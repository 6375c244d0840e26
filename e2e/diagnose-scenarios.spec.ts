import { emulatorUrl, test, expect, resetEmulator } from './fixtures';
import { DiagnosePage } from './pages/diagnose';
import { DIAGNOSE_SCENARIOS, diagnoseSearch } from '../emulator/testing/diagnose-scenarios';
import { LINKS } from '../lib/diagnose/walk';

/**
 * Every scenario of the diagnosis table on the page: the demo with one link broken through the SDK, the operator in
 * the scenario's context opening its /diagnose link once. The demo's three accounts are all contexts, so each side
 * is read with its own credentials and nothing may stay unknown.
 */

const labelOf = (id: string) => LINKS.find((l) => l.id === id)?.label ?? id;

test.describe('diagnosis scenarios', () => {
  test.beforeEach(resetEmulator);
  test.beforeEach(() => test.slow(Boolean(process.env.E2E_DEV)));

  for (const s of DIAGNOSE_SCENARIOS) {
    test(s.name, async ({ page, context, baseURL }) => {
      await s.breakIt?.(emulatorUrl());
      await context.addCookies([{ name: 'console-context', value: s.as, url: baseURL ?? '' }]);
      const diagnose = new DiagnosePage(page);
      await diagnose.gotoSearch(diagnoseSearch(s));
      const want = s.broken;
      if (!want) {
        await expect(diagnose.healthy).toBeVisible({ timeout: 60_000 });
        const statuses = (await diagnose.linkStatuses()).map((l) => l.status);
        expect(statuses.filter((status) => status !== 'OK' && status !== 'Not involved')).toEqual([]);
        await expect(diagnose.sides).not.toContainText('no context of yours');
        return;
      }
      const label = labelOf(want.link);
      await expect(diagnose.finding).toContainText(`First broken link: ${label}`, { timeout: 60_000 });
      await expect(diagnose.finding).toContainText(want.answer);
      await expect(diagnose.finding).toContainText(want.fix);
      // No earlier link is broken: the first broken row of the table is this link.
      const statuses = await diagnose.linkStatuses();
      expect(statuses.find((l) => l.status === 'Broken')?.link).toBe(label);
    });
  }
});
