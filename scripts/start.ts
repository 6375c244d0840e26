/**
 * `npm start`: builds the console when the build is missing or older than the sources, starts the emulator
 * (unless one already answers at the configured endpoint, or CONSOLE_TARGET=aws), then the console.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { EnvError, parseEnv, type ConsoleEnv } from '../lib/config/env';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const children: ChildProcess[] = [];

function checkedEnv(): ConsoleEnv {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

const config = checkedEnv();
const target = config.CONSOLE_TARGET;
// Loopback unless told otherwise: without sign-in, anyone reaching the port would act with the console's credentials.
const host = config.HOST ?? '127.0.0.1';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  CONSOLE_TARGET: target,
  HOST: host,
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, config.NEXT_DIST_DIR, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'styles'].map((d) => path.join(root, d)).filter(existsSync);
  const configs = ['next.config.js', 'package.json'].map((f) => path.join(root, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...configs.map((f) => statSync(f).mtimeMs)) > built;
}

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  children.push(child);
  return child;
}

function runToEnd(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    run(cmd, args).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function healthy(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/_emulator/health', endpoint), { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function ensureEmulator(): Promise<string> {
  const endpoint = config.AWS_ENDPOINT_URL ?? `http://127.0.0.1:${config.EMULATOR_PORT}`;
  if (await healthy(endpoint)) {
    console.log(`Using the emulator already answering at ${endpoint}`);
    return endpoint;
  }
  const emulatorPort = new URL(endpoint).port || '4566';
  console.log(`Starting the emulator on ${endpoint} (seed ${config.EMULATOR_SEED})`);
  const emulator = run(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], { EMULATOR_PORT: emulatorPort });
  emulator.on('exit', (code) => {
    console.error(`The emulator exited (${code}); stopping.`);
    shutdown(1);
  });
  for (let i = 0; i < 300; i++) {
    if (await healthy(endpoint)) return endpoint;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The emulator did not become healthy at ${endpoint} within 60 s`);
}

function shutdown(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/**
 * Next's standalone server serves static assets only from beside itself (the Docker image copies them there);
 * links keep `npm start` on the same server the image runs without copying the build on every start.
 */
function standaloneServer(): string {
  const dist = path.join(root, config.NEXT_DIST_DIR);
  const standalone = path.join(dist, 'standalone');
  const links: [string, string][] = [
    [path.join(dist, 'static'), path.join(standalone, '.next', 'static')],
    [path.join(root, 'public'), path.join(standalone, 'public')],
  ];
  for (const [from, to] of links) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) symlinkSync(from, to, 'dir');
  }
  return path.join(standalone, 'server.js');
}

async function main() {
  if (target === 'emulator') env.AWS_ENDPOINT_URL = await ensureEmulator();
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!dev && buildIsStale()) {
    console.log('Building the console…');
    await runToEnd(process.execPath, [next, 'build']);
  }
  const consoleServer = dev
    ? run(process.execPath, [next, 'dev', '-p', String(config.PORT), '-H', host])
    : run(process.execPath, [standaloneServer()], {
        NODE_ENV: 'production',
        PORT: String(config.PORT),
        HOSTNAME: host,
      });
  console.log(`Console: http://${host === '127.0.0.1' ? 'localhost' : host}:${config.PORT}  (target: ${target})`);
  consoleServer.on('exit', (code) => shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  shutdown(1);
});
