/**
 * Test-only: what every service test against the emulator needs. The console reads its environment once per test
 * file, so each file starts one emulator, points the console at it, and turns off retries so a refusal shows at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorOptions, RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from '@/emulator/testing/harness';
import type { Session } from '@/lib/aws/session';

export async function startDemoEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const emulator = await startTestEmulator({ seed: { kind: 'demo' }, ...options });
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  return emulator;
}

/**
 * A console session acting as `account` with the emulator's static keys. The id names the context, and contexts
 * cache their reads: give each test file (and each role in it) its own id.
 */
export const accountSession = (account: string, id: string, region = 'us-east-1'): Session => ({
  context: { id, label: id, description: id, accountId: account, staticAccessKeyId: account },
  region,
});

async function control(emulator: RunningEmulator, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`emulator ${path} answered ${String(res.status)}: ${await res.text()}`);
}

/** Fault injection (`EMULATOR_FAULTS` syntax); an empty spec clears every fault. */
export const setEmulatorFaults = (emulator: RunningEmulator, spec: string) => control(emulator, 'faults', { spec });

/** Back to the demo data, behind the console's back: callers also drop cached reads. */
export const resetToDemo = (emulator: RunningEmulator) => control(emulator, 'reset', { seed: 'demo' });

/**
 * Runs `body` with one configured account context only (a role in `account`), as when the operator's console reaches
 * one side of a share and not the other.
 */
export async function withOnlyContext<T>(account: string, body: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'only-context-'));
  const file = join(dir, 'contexts.yaml');
  writeFileSync(file, `contexts:\n  - id: only\n    label: Only\n    roleArn: arn:aws:iam::${account}:role/Console\n`);
  process.env.CONSOLE_CONTEXTS_FILE = file;
  try {
    return await body();
  } finally {
    delete process.env.CONSOLE_CONTEXTS_FILE;
    rmSync(dir, { recursive: true, force: true });
  }
}
