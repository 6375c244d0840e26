import { test as base, expect, type Page } from '@playwright/test';

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

/** Switch the account context the way an operator does: through the header menu; waits for the banner to confirm. */
export async function switchContext(page: Page, label: 'Provider' | 'Consumer' | 'Outsider') {
  await page.getByRole('button', { name: 'Account context' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${label}\\b`) }).click();
  await expect(page.getByTestId('target-banner')).toContainText(label);
}

/** Switch the Region through the header menu. */
export async function switchRegion(page: Page, region: string) {
  await page.getByRole('button', { name: 'Region' }).click();
  await page.getByRole('menuitem', { name: region, exact: true }).click();
  await expect(page.getByTestId('target-banner')).toContainText(region);
}

export const test = base;
export { expect };
