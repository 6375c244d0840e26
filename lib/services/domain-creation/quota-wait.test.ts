import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { runCreationStep } from './run-step';
import { startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { creationInput, ownDomainsNamed, planStep, providerSession } from './testing/fixtures';

/** Against an emulator that enforces AWS's quotas: one domain name change per 30 s per account. */

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoEmulator({ quotas: 'aws' });
  // The SDK's retries stay on: they must hand a 30 s Retry-After back instead of waiting it out.
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '3';
});
afterAll(async () => {
  await emulator.close();
});

it('reports a throttled domain creation as waiting for the quota at once, not as a failure', async () => {
  const s = providerSession('creation-quota');
  const first = creationInput('quota-a.internal.example.com');
  const second = creationInput('quota-b.internal.example.com');
  expect((await runCreationStep(s, first, planStep(first, 'domain'))).status).toBe('done');
  const started = Date.now();
  const waiting = await runCreationStep(s, second, planStep(second, 'domain'));
  expect(waiting.status).toBe('waiting');
  expect(waiting.retryAfterSeconds).toBeGreaterThan(5);
  // The request is not held for the quota: the wizard resumes the step itself after the wait.
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(await ownDomainsNamed(emulator, second.domainName)).toHaveLength(0);
});
