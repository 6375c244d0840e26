import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { freePort } from './e2e/ports';
import { ensureBrowser } from './scripts/ensure-browser';

// The config is evaluated in the runner first and then in each worker; the env set here is inherited, so every
// process agrees on the ports picked once.
process.env.E2E_CONSOLE_PORT ??= String(await freePort());
process.env.E2E_EMULATOR_PORT ??= String(await freePort());
const consoleUrl = `http://127.0.0.1:${process.env.E2E_CONSOLE_PORT}`;
const emulatorUrl = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
process.env.E2E_EMULATOR_URL = emulatorUrl;
// The console's audit trail is what tells the diagnosis how old an access association is (AWS keeps no creation time).
process.env.E2E_AUDIT_FILE ??= path.join(mkdtempSync(path.join(os.tmpdir(), 'e2e-audit-')), 'audit.jsonl');
// Found (or installed) once in the runner; the workers inherit the path.
try {
  process.env.CHROMIUM_PATH ||= ensureBrowser();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: consoleUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: {
    // E2E_DEV=1 runs the console with `next dev` (no full build) while iterating on pages.
    command: process.env.E2E_DEV ? 'npx tsx scripts/start.ts --dev' : 'npx tsx scripts/start.ts',
    url: consoleUrl,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: process.env.E2E_CONSOLE_PORT,
      HOST: '127.0.0.1',
      EMULATOR_PORT: process.env.E2E_EMULATOR_PORT,
      AWS_ENDPOINT_URL: emulatorUrl,
      EMULATOR_STATE: 'memory',
      EMULATOR_SEED: 'demo',
      // The data plane on a free port: the demo's endpoint addresses are the same in every run on this machine.
      EMULATOR_DATAPLANE_PORT: '0',
      CONSOLE_TARGET: 'emulator',
      CONSOLE_AUDIT_FILE: process.env.E2E_AUDIT_FILE,
      // Throttle and fault tests want to see the first error, not the SDK's retries.
      CONSOLE_AWS_MAX_ATTEMPTS: '1',
      // Tests reset the emulator between cases, behind the console's back: no read may outlive a request.
      CONSOLE_READ_CACHE_SECONDS: '0',
      // The demo's domain index is a handful of reads; on a loaded CI machine they can take longer than the default
      // 1 s, and the tests assert the complete lists, not how fast they come.
      CONSOLE_INDEX_WAIT_MS: '15000',
    },
  },
});
