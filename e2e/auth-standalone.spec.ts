import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { emulatorUrl, expect, test } from './fixtures';
import { freePort } from './ports';
import { targetBanner } from './pages/shell';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, process.env.NEXT_DIST_DIR || '.next');

test('the standalone server (what the Docker image runs) warms up, then serves pages, assets and health', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The Dockerfile's layout: static assets beside the standalone server (`npm start` has linked them there already).
  const staticBeside = path.join(dist, 'standalone', '.next', 'static');
  if (!existsSync(staticBeside)) await cp(path.join(dist, 'static'), staticBeside, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(dist, 'standalone', 'server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      CONSOLE_TARGET: 'emulator',
      AWS_ENDPOINT_URL: emulatorUrl(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (d: Buffer) => (output += d.toString()));
  try {
    const url = `http://127.0.0.1:${port}`;
    await expect(async () => expect((await fetch(`${url}/api/health`)).status).toBe(200)).toPass({ timeout: 60_000 });
    expect((await fetch(`${url}/api/ready`)).status).toBe(200);
    // Healthy only after it rendered its warm-up page (the not-found page): a refusal or an error there is logged.
    expect(output).not.toContain('Renderer warm-up');
    await page.goto(`${url}/domains`);
    await expect(targetBanner(page)).toContainText('EMULATOR', { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  } finally {
    server.kill('SIGTERM');
  }
});
