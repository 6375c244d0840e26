/**
 * Test-only: what every service test against the emulator needs. The console reads its environment once per test
 * file, so each file starts one emulator, points the console at it, and turns off retries so a refusal shows at once.
 */
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
