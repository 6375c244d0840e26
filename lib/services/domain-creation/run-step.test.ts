import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { PROVIDER as DEMO } from '@/emulator/seed/demo-ids';
import { preflightDomainCreation } from './preflight';
import { runCreationStep } from './run-step';
import {
  P,
  creationInput as input,
  ownDomainsNamed,
  planStep as step,
  providerSession as session,
} from './testing/fixtures';
import { startDemoEmulator } from '@/lib/services/testing/demo-emulator';

/** The create steps against the emulator's demo data: idempotent, one domain per creation token. */

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('runCreationStep', () => {
  it('creates one domain for two simultaneous requests with the same token, and finds it again later', async () => {
    const s = session('creation-double');
    const data = input('double.internal.example.com');
    const create = step(data, 'domain');
    const [a, b] = await Promise.all([runCreationStep(s, data, create), runCreationStep(s, data, create)]);
    expect([a.status, b.status].sort()).toEqual(['done', 'exists']);
    expect(a.domain).toEqual(b.domain);
    expect((await runCreationStep(s, data, create)).status).toBe('exists');
    expect(await ownDomainsNamed(emulator, data.domainName)).toHaveLength(1);
  });

  it('runs the whole plan, and a second run changes nothing', async () => {
    const s = session('creation-plan');
    const data = input('plan.internal.example.com');
    const { plan, fieldErrors } = await preflightDomainCreation(s, data);
    expect(fieldErrors).toEqual({});
    const first = [];
    for (const planned of plan.steps) first.push((await runCreationStep(s, data, planned)).status);
    expect(first[0]).toBe('done');
    expect(first).not.toContain('waiting');
    const again = [];
    for (const planned of plan.steps) again.push((await runCreationStep(s, data, planned)).status);
    expect(again.every((st) => st === 'exists')).toBe(true);
  });

  it('preflight reports server-side field errors without changing anything', async () => {
    const s = session('creation-preflight');
    const data = input('other.example.org', {
      mappings: [
        { basePath: 'x', restApiId: P.apis.publicStatus.id, stage: 'prod' },
        { basePath: 'y', restApiId: P.apis.orders.id, stage: 'nope' },
      ],
      sharing: { mode: 'ram-new', principals: [DEMO.account], shareName: 's', existingShareArn: '' },
    });
    const { fieldErrors } = await preflightDomainCreation(s, data);
    expect(fieldErrors.certificateArn).toMatch(/not other\.example\.org/);
    expect(fieldErrors['mappings.0.restApiId']).toMatch(/not a private API/);
    expect(fieldErrors['mappings.1.stage']).toMatch(/has no stage "nope"/);
    expect(fieldErrors['sharing.principals']).toMatch(/is this account/);
    expect(await ownDomainsNamed(emulator, data.domainName)).toHaveLength(0);
  });
});
