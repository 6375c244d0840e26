import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetDomainNameCommand, GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway } from '@/emulator/testing/harness';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import {
  accountSession,
  resetToDemo,
  setEmulatorFaults,
  startDemoEmulator,
} from '@/lib/services/testing/demo-emulator';
import { ActionFailure } from '@/lib/errors';
import { allowConsumerEndpoint } from './associations';

/** Allowing a consumer's endpoint across the domain and its mapped APIs, against the emulator's demo data. */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const domain = { domainName: P.domains.shared.name, domainNameId: P.domains.shared.id };
let emulator: RunningEmulator;

const session = (id: string) => accountSession(PROVIDER.account, id);

async function policies() {
  const client = apiGateway(emulator);
  const [d, orders, payments] = await Promise.all([
    client.send(new GetDomainNameCommand(domain)),
    client.send(new GetRestApiCommand({ restApiId: P.apis.orders.id })),
    client.send(new GetRestApiCommand({ restApiId: P.apis.payments.id })),
  ]);
  return { domain: d.policy ?? '', orders: orders.policy ?? '', payments: payments.policy ?? '' };
}

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterEach(async () => {
  await setEmulatorFaults(emulator, '');
  await resetToDemo(emulator);
});
afterAll(async () => {
  await emulator.close();
});

describe('allowConsumerEndpoint', () => {
  it('adds the endpoint to the domain policy and every mapped API policy, and redeploys the mapped stages', async () => {
    const report = await allowConsumerEndpoint(session('allow-all'), {
      domain,
      vpceId: C.analyticsVpceId,
      updateApis: true,
      redeploy: true,
    });
    expect(report.changes).toEqual(
      expect.arrayContaining([
        'Domain policy: endpoint added',
        'orders-api: resource policy updated',
        'payments-api: resource policy updated',
        'orders-api: stage prod redeployed',
        'payments-api: stage prod redeployed',
      ]),
    );
    const now = await policies();
    for (const policy of Object.values(now)) expect(policy).toContain(C.analyticsVpceId);
  });

  it('says what was already changed and what was not when an API policy update fails half-way', async () => {
    await setEmulatorFaults(emulator, 'error-rate=1,services=apigateway,ops=UpdateRestApi');
    const failure = await allowConsumerEndpoint(session('allow-partial'), {
      domain,
      vpceId: C.analyticsVpceId,
      updateApis: true,
      redeploy: true,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ActionFailure);
    const { error } = failure as ActionFailure;
    expect(error.title).toMatch(/^Partly applied/);
    expect(error.message).toContain('Already changed: Domain policy: endpoint added.');
    expect(error.message).toMatch(/Not changed: (orders|payments)-api: resource policy \(this step failed\)/);
    expect(error.message).toContain('stage prod (not redeployed)');

    await setEmulatorFaults(emulator, '');
    const now = await policies();
    expect(now.domain).toContain(C.analyticsVpceId);
    expect(now.orders).not.toContain(C.analyticsVpceId);
    expect(now.payments).not.toContain(C.analyticsVpceId);
  });

  it('reports the failure alone when the first write fails: nothing was changed', async () => {
    await setEmulatorFaults(emulator, 'error-rate=1,services=apigateway,ops=UpdateDomainName');
    const failure = await allowConsumerEndpoint(session('allow-first'), {
      domain,
      vpceId: C.analyticsVpceId,
      updateApis: true,
      redeploy: false,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).not.toBeInstanceOf(ActionFailure);
    expect((failure as { name: string }).name).toBe('ServiceUnavailableException');
    await setEmulatorFaults(emulator, '');
    expect((await policies()).domain).not.toContain(C.analyticsVpceId);
  });
});
