/**
 * `npm run bench`: the console's speed at the size of a real platform account.
 *
 * Starts the emulator with a scale seed and AWS quotas (and optional latency per call), a proxy in front of it that
 * counts every AWS call by operation, and the console in production mode. For every page: a cold load (a console
 * just started, nothing cached), warm loads, then 5 concurrent users; the AWS calls each load made; and the AWS CLI
 * sequence that shows what the domain page shows. Writes bench/results.md and bench/results.json and puts the table
 * into the README between its bench markers.
 *
 * Settings (environment): BENCH_SEED (default scale:1), EMULATOR_SCALE_APIS / _ENDPOINTS / _DOMAINS (defaults 600,
 * 1000, 50; honoured by emulators that support them), EMULATOR_LATENCY_MS (default 0), BENCH_USERS (5),
 * BENCH_ROUNDS (3 rounds of every page per user), BENCH_SKIP_BUILD=1 to reuse the last build in .next-bench.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APIGatewayClient, GetBasePathMappingsCommand, GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import { paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { EC2Client, paginateDescribeVpcEndpoints } from '@aws-sdk/client-ec2';
import { freePort } from '../e2e/ports';
import { startCountingProxy, type CallStats } from './bench/counting-proxy';
import { bundleWeightTable, measureBundleWeight, type BundleWeightReport } from './bundle-weight';

const root = path.resolve(import.meta.dirname, '..');
const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench';
const settings = {
  seed: process.env.BENCH_SEED ?? 'scale:1',
  apis: process.env.EMULATOR_SCALE_APIS ?? '600',
  endpoints: process.env.EMULATOR_SCALE_ENDPOINTS ?? '1000',
  domains: process.env.EMULATOR_SCALE_DOMAINS ?? '50',
  latencyMs: process.env.EMULATOR_LATENCY_MS ?? '0',
  users: Number(process.env.BENCH_USERS ?? 5),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  warmRuns: 3,
};
const ACCOUNT = '100000000001';
const CONTEXT_COOKIE = 'console-context=scale-0; console-region=us-east-1';
const REGION = 'us-east-1';

const children = new Set<ChildProcess>();
function start(cmd: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so stopping it stops the server npx started too (not just npx).
    detached: true,
  });
  child.stderr.on('data', (d: Buffer) => {
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  children.add(child);
  child.on('exit', () => {
    children.delete(child);
  });
  return child;
}
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.on('exit', () => resolve());
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

interface Load {
  status: number;
  firstByteMs: number;
  completeMs: number;
  bytes: number;
}

/** Loads a page; `onChunk` runs as each part of the body arrives, the last time with the page's last byte. */
async function load(url: string, onChunk: () => void = () => undefined): Promise<Load> {
  const started = performance.now();
  const res = await fetch(url, {
    headers: { cookie: CONTEXT_COOKIE },
    redirect: 'manual',
  });
  const firstByteMs = performance.now() - started;
  let completeMs = firstByteMs;
  let bytes = 0;
  const reader = res.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    completeMs = performance.now() - started;
    bytes += part.value.byteLength;
    onChunk();
  }
  return { status: res.status, firstByteMs, completeMs, bytes };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const median = (values: number[]) => percentile(values, 50);
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function diff(after: CallStats, before: CallStats): CallStats {
  const minus = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(a)
        .map(([k, v]) => [k, v - (b[k] ?? 0)] as const)
        .filter(([, v]) => v > 0),
    );
  return {
    calls: minus(after.calls, before.calls),
    throttled: minus(after.throttled, before.throttled),
  };
}

/** Ids of the pages to load, and the account's size as the emulator reports it. */
async function discover(emulatorUrl: string) {
  const config = {
    endpoint: emulatorUrl,
    region: REGION,
    credentials: { accessKeyId: ACCOUNT, secretAccessKey: 'bench' },
    maxAttempts: 10,
  };
  const apigateway = new APIGatewayClient(config);
  const ec2 = new EC2Client(config);
  const apis: string[] = [];
  for await (const page of paginateGetRestApis({ client: apigateway, pageSize: 500 }, {}))
    apis.push(...(page.items ?? []).map((a) => a.id ?? ''));
  const endpoints: string[] = [];
  for await (const page of paginateDescribeVpcEndpoints({ client: ec2, pageSize: 1000 }, {}))
    endpoints.push(...(page.VpcEndpoints ?? []).map((e) => e.VpcEndpointId ?? ''));
  const { items: domains = [] } = await apigateway.send(
    new GetDomainNamesCommand({ resourceOwner: 'SELF', limit: 500 }),
  );
  const privateDomains = domains.filter((d) => d.domainNameId);
  const domain = privateDomains.find((d) => d.domainName === 'api.scale.example.com') ?? privateDomains[0];
  const { items: mappings = [] } = await apigateway.send(
    new GetBasePathMappingsCommand({
      domainName: domain.domainName,
      domainNameId: domain.domainNameId,
    }),
  );
  apigateway.destroy();
  ec2.destroy();
  return {
    size: {
      apis: apis.length,
      endpoints: endpoints.length,
      domains: privateDomains.length,
    },
    api: mappings[0]?.restApiId ?? apis[0],
    mappedApis: [...new Set(mappings.map((m) => m.restApiId ?? ''))],
    endpoint: endpoints[0],
    domain: { name: domain.domainName ?? '', id: domain.domainNameId ?? '' },
  };
}

/** The AWS CLI calls that show what the domain page shows (owner view), run one after another. */
function cliSequence(domain: { name: string; id: string }, apiIds: string[]): string[][] {
  const d = ['--domain-name', domain.name, '--domain-name-id', domain.id];
  return [
    ['sts', 'get-caller-identity'],
    ['apigateway', 'get-domain-name', ...d],
    ['apigateway', 'get-base-path-mappings', ...d],
    ['apigateway', 'get-rest-apis'],
    ...apiIds.map((id) => ['apigateway', 'get-stages', '--rest-api-id', id]),
    ['apigateway', 'get-domain-name-access-associations', '--resource-owner', 'SELF'],
    ['apigateway', 'get-domain-name-access-associations', '--resource-owner', 'OTHER_ACCOUNTS'],
    ['ram', 'get-resource-shares', '--resource-owner', 'SELF'],
  ];
}

/** Asynchronous: the counting proxy answers from this process, so a blocking spawn would deadlock it. */
async function runCli(proxyUrl: string, commands: string[][]): Promise<{ ms: number; ok: boolean } | undefined> {
  if (spawnSync('aws', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: ACCOUNT,
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_DEFAULT_REGION: REGION,
    AWS_PAGER: '',
  };
  const started = performance.now();
  let ok = true;
  for (const args of commands) {
    const run = promisify(execFile)('aws', ['--endpoint-url', proxyUrl, '--output', 'json', ...args], { env });
    ok &&= await run.then(
      () => true,
      () => false,
    );
  }
  return { ms: performance.now() - started, ok };
}

/**
 * Gzipped size of the JavaScript and CSS a page loads first (its `<script src>` and stylesheet links). `noModule`
 * scripts (Next's legacy polyfills, ~40 KB) are left out: browsers that run the console's modules never fetch them.
 */
async function assetWeight(consoleUrl: string, html: string): Promise<{ jsKb: number; cssKb: number }> {
  const urls = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]))];
  const scripts = urls(/<script(?![^>]*\bnoModule\b)[^>]+src="([^"]+)"/gi);
  const styles = urls(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const gz = async (list: string[]) => {
    let bytes = 0;
    for (const u of list) {
      const body = Buffer.from(await (await fetch(new URL(u, consoleUrl))).arrayBuffer());
      bytes += gzipSync(body).byteLength;
    }
    return Math.round(bytes / 1024);
  };
  return { jsKb: await gz(scripts), cssKb: await gz(styles) };
}

interface PageResult {
  page: string;
  path: string;
  cold: Load & { calls: CallStats };
  warm: {
    firstByteMs: number;
    completeMs: number;
    calls: number;
    bytes: number;
  };
  weight: { jsKb: number; cssKb: number };
  concurrent?: { p50: number; p95: number; max: number; loads: number };
}

/** The 1-minute load average: the machine is shared, so every figure is read next to it. */
const loadAverage = () => Math.round(loadavg()[0] * 10) / 10;

async function main() {
  const loadAtStart = loadAverage();
  const [emulatorPort, proxyPort, consolePort] = await Promise.all([freePort(), freePort(), freePort()]);
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  console.log(`Starting the emulator (${settings.seed}, quotas aws, latency ${settings.latencyMs} ms)…`);
  const emulator = start('npx', ['tsx', 'emulator/main.ts'], {
    EMULATOR_PORT: String(emulatorPort),
    EMULATOR_STATE: 'memory',
    EMULATOR_SEED: settings.seed,
    EMULATOR_QUOTAS: 'aws',
    EMULATOR_SCALE_APIS: settings.apis,
    EMULATOR_SCALE_ENDPOINTS: settings.endpoints,
    EMULATOR_SCALE_DOMAINS: settings.domains,
    EMULATOR_LATENCY_MS: settings.latencyMs,
  });
  await waitFor(`${emulatorUrl}/_emulator/health`, 180_000);
  const proxy = await startCountingProxy(emulatorUrl, proxyPort);
  const ids = await discover(emulatorUrl);
  console.log(
    `Account ${ACCOUNT}: ${ids.size.apis} APIs, ${ids.size.endpoints} endpoints, ${ids.size.domains} domains`,
  );

  const consoleEnv = {
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    CONSOLE_TARGET: 'emulator',
    AWS_ENDPOINT_URL: proxy.url,
    EMULATOR_SEED: settings.seed,
  };
  if (!process.env.BENCH_SKIP_BUILD) {
    console.log('Building the console (next build)…');
    const build = spawnSync('npx', ['next', 'build'], {
      cwd: root,
      env: { ...process.env, ...consoleEnv },
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stderr.toString()}`);
  }
  const bundle = measureBundleWeight(path.join(root, distDir));
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const startConsole = async () => {
    const child = start('npx', ['next', 'start', '-p', String(consolePort), '-H', '127.0.0.1'], consoleEnv);
    // Started as a load balancer sees it: healthy once it has rendered its first page (lib/http/renderer-warm-up.ts).
    await waitFor(`${consoleUrl}/api/health`, 60_000);
    return child;
  };

  const pages: { page: string; path: string }[] = [
    { page: 'Overview', path: '/' },
    { page: 'APIs', path: '/apis' },
    { page: 'API detail', path: `/apis/${ids.api}` },
    { page: 'VPC endpoints', path: '/vpc-endpoints' },
    { page: 'VPC endpoint detail', path: `/vpc-endpoints/${ids.endpoint}` },
    { page: 'Domains', path: '/domains' },
    {
      page: 'Domain detail',
      path: `/domains/${encodeURIComponent(ids.domain.name)}/${ids.domain.id}`,
    },
    { page: 'Sharing', path: '/sharing' },
    // A fixed creation token: without one the page only redirects to a fresh one.
    { page: 'Create domain', path: '/domains/new?token=00000000-0000-4000-8000-000000000000' },
  ];

  const results: PageResult[] = [];
  for (const p of pages) {
    // Cold: a console just started and healthy (nothing cached, limiter full).
    const child = await startConsole();
    const before = proxy.stats();
    // The calls made until the page's last byte arrived: reads the page starts once it has been sent (Next's
    // `after`, the domain index) reach the proxy later and show in the warm loads instead.
    let untilLastByte = before;
    const cold = await load(consoleUrl + p.path, () => (untilLastByte = proxy.stats()));
    const coldCalls = diff(untilLastByte, before);
    const warm: Load[] = [];
    let warmCalls = 0;
    for (let i = 0; i < settings.warmRuns; i++) {
      const b = proxy.stats();
      warm.push(await load(consoleUrl + p.path));
      warmCalls = Math.max(warmCalls, sum(diff(proxy.stats(), b).calls));
    }
    const html = await (await fetch(consoleUrl + p.path, { headers: { cookie: CONTEXT_COOKIE } })).text();
    const weight = await assetWeight(consoleUrl, html);
    await stop(child);
    results.push({
      weight,
      ...p,
      cold: { ...cold, calls: coldCalls },
      warm: {
        firstByteMs: median(warm.map((w) => w.firstByteMs)),
        completeMs: median(warm.map((w) => w.completeMs)),
        calls: warmCalls,
        bytes: median(warm.map((w) => w.bytes)),
      },
    });
    console.log(
      `${p.page}: cold ${cold.firstByteMs.toFixed(0)}/${cold.completeMs.toFixed(0)} ms, ${sum(coldCalls.calls)} calls; warm ${median(warm.map((w) => w.completeMs)).toFixed(0)} ms`,
    );
  }

  // Concurrency: one console, every page loaded once to warm it, then `users` users loading every page `rounds` times.
  const child = await startConsole();
  for (const p of pages) await load(consoleUrl + p.path);
  const before = proxy.stats();
  const byPage = new Map<string, number[]>(pages.map((p) => [p.path, []]));
  await Promise.all(
    Array.from({ length: settings.users }, async (_, user) => {
      for (let round = 0; round < settings.rounds; round++)
        for (let i = 0; i < pages.length; i++) {
          const p = pages[(i + user) % pages.length];
          byPage.get(p.path)?.push((await load(consoleUrl + p.path)).completeMs);
        }
    }),
  );
  const concurrentCalls = diff(proxy.stats(), before);
  await stop(child);
  for (const r of results) {
    const times = byPage.get(r.path) ?? [];
    r.concurrent = {
      p50: median(times),
      p95: percentile(times, 95),
      max: Math.max(...times),
      loads: times.length,
    };
  }
  const allTimes = [...byPage.values()].flat();

  const domainPage = results.find((r) => r.page === 'Domain detail');
  const cliBefore = proxy.stats();
  const cli = await runCli(proxy.url, cliSequence(ids.domain, ids.mappedApis));
  const cliCalls = sum(diff(proxy.stats(), cliBefore).calls);

  await proxy.close();
  await stop(emulator);

  const report = {
    at: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadAverage() },
    settings,
    bundle: { budgetKb: bundle.budgetKb, routes: bundle.routes },
    size: ids.size,
    pages: results,
    concurrent: {
      users: settings.users,
      loads: allTimes.length,
      p50: median(allTimes),
      p95: percentile(allTimes, 95),
      max: Math.max(...allTimes),
      calls: sum(concurrentCalls.calls),
      throttled: sum(concurrentCalls.throttled),
    },
    cli: cli && {
      ...cli,
      calls: cliCalls,
      consoleWarmMs: domainPage?.warm.completeMs,
    },
  };
  writeReport(report);
}

type Report = {
  at: string;
  loadAverage: { start: number; end: number };
  /** First-load JS and CSS per route from the build's manifests (scripts/bundle-weight.ts). */
  bundle: Pick<BundleWeightReport, 'budgetKb' | 'routes'>;
  settings: typeof settings;
  size: { apis: number; endpoints: number; domains: number };
  pages: PageResult[];
  concurrent: {
    users: number;
    loads: number;
    p50: number;
    p95: number;
    max: number;
    calls: number;
    throttled: number;
  };
  cli?: { ms: number; ok: boolean; calls: number; consoleWarmMs?: number };
};

function markdown(r: Report): string {
  const ms = (v: number) => `${Math.round(v)}`;
  const ops = (c: CallStats) =>
    Object.entries(c.calls)
      .sort((a, b) => b[1] - a[1])
      .map(([op, n]) => `${op.replace(/^[a-z0-9]+:/, '')}×${n}`)
      .join(', ');
  const lines = [
    `Account: ${r.size.apis} APIs, ${r.size.endpoints} execute-api endpoints, ${r.size.domains} private domains ` +
      `(seed \`${r.settings.seed}\`, \`EMULATOR_QUOTAS=aws\`, latency ${r.settings.latencyMs} ms per call); ${r.at}; ` +
      `load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end (2 cores, shared).`,
    '',
    '| page | cold: first byte / complete (ms) | cold AWS calls | warm: first byte / complete (ms) | warm AWS calls | HTML (KB) | JS / CSS gzipped (KB) | 5 users: p50 / p95 (ms) |',
    '|---|---|---|---|---|---|---|---|',
    ...r.pages.map(
      (p) =>
        `| ${p.page} | ${ms(p.cold.firstByteMs)} / ${ms(p.cold.completeMs)} | ${sum(p.cold.calls.calls)} (${ops(p.cold.calls)}) | ` +
        `${ms(p.warm.firstByteMs)} / ${ms(p.warm.completeMs)} | ${p.warm.calls} | ${Math.round(p.warm.bytes / 1024)} | ` +
        `${p.weight.jsKb} / ${p.weight.cssKb} | ` +
        `${p.concurrent ? `${ms(p.concurrent.p50)} / ${ms(p.concurrent.p95)}` : '–'} |`,
    ),
    '',
    `${r.concurrent.users} concurrent users, ${r.concurrent.loads} loads: p50 ${ms(r.concurrent.p50)} ms, p95 ${ms(r.concurrent.p95)} ms, ` +
      `worst ${ms(r.concurrent.max)} ms; ${r.concurrent.calls} AWS calls, ${r.concurrent.throttled} throttled answers.`,
  ];
  if (r.cli)
    lines.push(
      '',
      `AWS CLI sequence for the domain view: ${ms(r.cli.ms)} ms for ${r.cli.calls} calls${r.cli.ok ? '' : ' (some commands failed)'}; ` +
        `the console's warm domain page: ${ms(r.cli.consoleWarmMs ?? 0)} ms (${(r.cli.ms / Math.max(1, r.cli.consoleWarmMs ?? 1)).toFixed(0)}× faster).`,
    );
  lines.push(
    '',
    'First-load weight per route, from the build (`scripts/bundle-weight.ts`):',
    '',
    bundleWeightTable({ ...r.bundle, distDir, chunks: [] }),
  );
  return lines.join('\n');
}

function writeReport(r: Report) {
  const dir = path.join(root, 'bench');
  mkdirSync(dir, { recursive: true });
  const table = markdown(r);
  writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(path.join(dir, 'results.md'), `# Benchmark\n\n${table}\n`);
  const readme = path.join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (text.includes(start) && text.includes(end))
    writeFileSync(
      readme,
      `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
    );
  console.log(`\n${table}\n\nWritten to bench/results.md, bench/results.json and the README.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
