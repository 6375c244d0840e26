import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../ports';
import { emulatorUrl } from '../fixtures';

export interface ConsoleServer {
  url: string;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * A second console from the same build as the default suite's, with its own access settings, against the suite's
 * emulator. `url` may be given up front (CONSOLE_URL must be known before the identity provider is configured).
 */
export async function startConsole(env: Record<string, string>, port?: number): Promise<ConsoleServer> {
  const listen = port ?? (await freePort());
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(listen), '-H', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        HOST: '127.0.0.1',
        CONSOLE_TARGET: 'emulator',
        AWS_ENDPOINT_URL: emulatorUrl(),
        CONSOLE_AWS_MAX_ATTEMPTS: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${listen}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the console exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false, // not listening yet
    );
    if (healthy) {
      // Healthy means its warm-up page rendered in this access mode too; otherwise the server logs why not.
      if (output.includes('Renderer warm-up')) throw new Error(`the console did not warm up:\n${output}`);
      return { url, port: listen, output: () => output, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the console did not answer at ${url} within 60 s:\n${output}`);
}

/** A console that must refuse to start: resolves with what it printed and its exit code. */
export async function consoleRefusesToStart(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '0.0.0.0'],
      { cwd: root, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
