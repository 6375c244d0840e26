import { test as base, expect } from '@playwright/test';
import { pageHydrated } from './pages/hydration';
import { Shell } from './pages/shell';

export const emulatorUrl = () => process.env.E2E_EMULATOR_URL ?? 'http://127.0.0.1:4566';

async function control(path: string, body: unknown) {
  const res = await fetch(`${emulatorUrl()}/_emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator ${path} answered ${res.status}: ${await res.text()}`);
}

/** Fresh demo data; every spec file that reads demo data or mutates state calls this in beforeAll. */
export const resetEmulator = () => control('reset', { seed: 'demo' });
export const advanceEmulatorClock = (seconds: number) => control('clock', { advanceSeconds: seconds });
/** e.g. setFaults('error-rate=1,services=ram'); setFaults('') clears. */
export const setFaults = (spec: string) => control('faults', { spec });

export { switchContext, switchRegion } from './pages/shell';

/** Playwright's `test` with the console's frame as a fixture: `test('…', async ({ shell }) => …)`. */
export const test = base.extend<{ shell: Shell }>({
  // Every load and reload waits until the page is usable, as an operator would (see pageHydrated).
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await pageHydrated(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await pageHydrated(page);
      return response;
    };
    await provide(page);
  },
  // Named `provide`, not `use`: the React hooks lint rule reads `use(…)` as React's hook.
  shell: async ({ page }, provide) => {
    await provide(new Shell(page));
  },
});
export { expect };
