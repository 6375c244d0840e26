import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway, startTestEmulator } from '@/emulator/testing/harness';
import { PROVIDER as DEMO } from '@/emulator/seed/demo-ids';
import { createDomainSchema, type CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import { stepFromId, type PlanStep } from '@/lib/domains/create-plan';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import type { Session } from '@/lib/aws/session';
import { preflightDomainCreation } from './preflight';
import { runCreationStep } from './run-step';

/** The create steps against the emulator's demo data: idempotent, one domain per creation token, quota waits. */

const P = DEMO['us-east-1'];
let emulator: RunningEmulator;
let throttling: RunningEmulator;

const session = (id: string): Session => ({
  context: { id, label: id, description: id, accountId: DEMO.account, staticAccessKeyId: DEMO.account },
  region: 'us-east-1',
});

function input(name: string, over: Partial<CreateDomainDraft> = {}) {
  return createDomainSchema.parse({
    creationToken: randomUUID(),
    domainName: name,
    certificateArn: P.certificates.wildcardRsa,
    securityPolicy: 'TLS_1_2',
    access: { mode: 'generated', vpceIds: [P.vpceId], vpcIds: [], policyText: '' },
    mappings: [{ basePath: 'orders', restApiId: P.apis.orders.id, stage: 'prod' }],
    updateApiPolicies: true,
    redeployStages: true,
    sharing: { mode: 'ram-new', principals: ['222222222222'], shareName: `${name}-share`, existingShareArn: '' },
    ...over,
  } satisfies CreateDomainDraft);
}

function step(data: CreateDomainInput, id: string): PlanStep {
  const found = stepFromId(data, id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

async function ownDomainsNamed(e: RunningEmulator, name: string) {
  const out = await apiGateway(e).send(new GetDomainNamesCommand({ resourceOwner: 'SELF', limit: 500 }));
  return (out.items ?? []).filter((d) => d.domainName === name);
}

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: { kind: 'demo' } });
  throttling = await startTestEmulator({ seed: { kind: 'demo' }, quotas: 'aws' });
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
});
afterAll(async () => {
  await emulator.close();
  await throttling.close();
});

// getClients reads the endpoint when it first builds a context's clients; each test uses its own context id.
function on(e: RunningEmulator, id: string): Session {
  process.env.AWS_ENDPOINT_URL = e.url;
  return session(id);
}

describe('runCreationStep', () => {
  it('creates one domain for two simultaneous requests with the same token, and finds it again later', async () => {
    const s = on(emulator, 'creation-double');
    const data = input('double.internal.example.com');
    const create = step(data, 'domain');
    const [a, b] = await Promise.all([runCreationStep(s, data, create), runCreationStep(s, data, create)]);
    expect([a.status, b.status].sort()).toEqual(['done', 'exists']);
    expect(a.domain).toEqual(b.domain);
    expect((await runCreationStep(s, data, create)).status).toBe('exists');
    expect(await ownDomainsNamed(emulator, data.domainName)).toHaveLength(1);
  });

  it('runs the whole plan, and a second run changes nothing', async () => {
    const s = on(emulator, 'creation-plan');
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

  it('reports a throttled domain creation as waiting for the quota, not as a failure', async () => {
    const s = on(throttling, 'creation-quota');
    const first = input('quota-a.internal.example.com');
    const second = input('quota-b.internal.example.com');
    expect((await runCreationStep(s, first, step(first, 'domain'))).status).toBe('done');
    const waiting = await runCreationStep(s, second, step(second, 'domain'));
    expect(waiting.status).toBe('waiting');
    expect(waiting.retryAfterSeconds).toBeGreaterThan(0);
    expect(await ownDomainsNamed(throttling, second.domainName)).toHaveLength(0);
  });

  it('preflight reports server-side field errors without changing anything', async () => {
    const s = on(emulator, 'creation-preflight');
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
