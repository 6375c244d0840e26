import { startEmulator, type RunningEmulator } from '../../server';
import type { SeedSpec } from '../../core/seedSpec';

/** In-process emulator on a free port with in-memory state; shared by the ec2/acm/route53/ram tests. */
export function startTestEmulator(seed: SeedSpec = { kind: 'none' }): Promise<RunningEmulator> {
  return startEmulator({ port: 0, statePath: 'memory', seed });
}

/** SDK v3 client config for one account (the access key id is the account id) against the emulator. */
export function clientConfig(emulator: RunningEmulator, account: string, region = 'us-east-1') {
  return {
    region,
    endpoint: emulator.url,
    credentials: { accessKeyId: account, secretAccessKey: 'emulator' },
    maxAttempts: 1,
  };
}

/** Moves the emulator clock forward (RAM invitation expiry, ACM expiry). */
export async function advanceClock(emulator: RunningEmulator, seconds: number): Promise<void> {
  const res = await fetch(`${emulator.url}/_emulator/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (!res.ok) throw new Error(`clock advance failed: ${res.status}`);
}
