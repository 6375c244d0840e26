import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_CA_DIR } from './testing/https-call';

/** `npm run emulator` with the data-plane port already taken on every address: a warning, never a failed start. */
describe('data plane start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-dataplane-startup-'));
  const blockers: Server[] = [];
  afterAll(async () => {
    await Promise.all(blockers.map((b) => new Promise((resolve) => b.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a clear warning per endpoint and keeps the control plane running when the port is taken', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;

    const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], {
      env: {
        ...process.env,
        EMULATOR_PORT: '0',
        EMULATOR_SEED: 'demo',
        EMULATOR_STATE: join(dir, 'state.json'),
        EMULATOR_DATAPLANE_PORT: String(port),
        EMULATOR_CA_DIR: TEST_CA_DIR,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const started = /listening on (http:\/\/\S+)/.exec(output)?.[1];
          if (started && output.includes('data plane: HTTPS port')) resolve(started);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
      });
      expect(output).toMatch(new RegExp(`data plane: cannot listen on 127\\.\\d+\\.\\d+\\.\\d+:${port} for vpce-`));
      expect(output).toContain(
        `data plane: HTTPS port ${port} on 0 execute-api endpoint address(es); CA ${TEST_CA_DIR}`,
      );
      expect((await fetch(`${url}/_emulator/health`)).status).toBe(200);
      const info = (await (await fetch(`${url}/_emulator/dataplane`)).json()) as {
        endpoints: { listening: boolean }[];
      };
      expect(info.endpoints.length).toBeGreaterThan(0);
      expect(info.endpoints.every((e) => !e.listening)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
