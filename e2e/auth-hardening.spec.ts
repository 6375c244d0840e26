import { request as httpRequest } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, resetEmulator, switchContext, test } from './fixtures';
import { targetBanner } from './pages/shell';
import { startConsole, consoleRefusesToStart, type ConsoleServer } from './auth-support/console-server';
import { captureNextAction, replayAction } from './auth-support/replay';

const FIRST_LOAD = { timeout: 90_000 };
const PAGES = ['/', '/apis', '/vpc-endpoints', '/domains', '/domains/new', '/sharing', '/invoke', '/audit'];

/** Status for a request with a Host header a browser on a rebinding DNS name would send. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test('a foreign Host header is refused; loopback names are served', async ({ baseURL }) => {
  expect(await statusWithHost(`${baseURL}/`, 'rebind.attacker.example')).toBe(421);
  expect(await statusWithHost(`${baseURL}/`, 'localhost')).toBe(200);
});

test('every page carries the security headers and shows no CSP violation', async ({ page, request }) => {
  test.setTimeout(240_000);
  const response = await request.get('/domains');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cache-control']).toContain('no-store');

  const violations = await collectCspViolations(page);
  for (const path of PAGES) {
    // A client-side navigation the previous page still runs (e.g. /domains/new putting its token in the URL) can
    // abort this one (net::ERR_ABORTED): navigate again.
    await expect(async () => {
      await page.goto(path);
    }).toPass({ timeout: 30_000 });
    await expect(targetBanner(page)).toBeVisible(FIRST_LOAD);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test.describe('read-only mode', () => {
  let server: ConsoleServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startConsole({ CONSOLE_READ_ONLY: 'true' });
  });

  test.afterAll(async () => {
    await server.stop();
  });

  test('the banner says so, mutation controls are off, and a replayed mutation is refused', async ({ page }) => {
    await resetEmulator();
    // A real mutation call, captured on the default console (no sign-in, admin)…
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await page.goto('/sharing?tab=invitations');
    const row = page.getByRole('row', { name: /partner-apis-share/ });
    await row.getByRole('button', { name: 'Reject partner-apis-share' }).click(FIRST_LOAD);
    const captured = captureNextAction(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Reject', exact: true }).click();
    const call = await captured;

    await page.goto(`${server.url}/domains`);
    await expect(page.getByTestId('banner-read-only')).toBeVisible(FIRST_LOAD);
    // Switching context changes nothing in AWS: allowed in read-only mode.
    await switchContext(page, 'Provider');
    await expect(page.getByRole('link', { name: 'Create private domain' })).toBeDisabled();
    const replay = await replayAction(
      page.request,
      { ...call, url: call.url.replace(/^http:\/\/[^/]+/, server.url) },
      server.url,
    );
    expect(replay.text).toContain('ConsoleRefused');
    expect(replay.text).toContain('read-only');
  });
});

test('no sign-in against AWS on a public address refuses to start, naming the fix', async () => {
  const { code, output } = await consoleRefusesToStart({
    CONSOLE_TARGET: 'aws',
    CONSOLE_AUTH: 'none',
    HOST: '0.0.0.0',
  });
  expect(code).not.toBe(0);
  expect(output).toContain('CONSOLE_AUTH');
  expect(output).toContain('HOST=127.0.0.1');
});

test('a bad CONSOLE_ROLES stops the server with the variable and the fix', async () => {
  const { code, output } = await consoleRefusesToStart({
    CONSOLE_AUTH: 'alb',
    CONSOLE_ROLES: '{"ops": "admin"}',
    HOST: '127.0.0.1',
  });
  expect(code).not.toBe(0);
  expect(output).toContain('CONSOLE_ROLES');
});
