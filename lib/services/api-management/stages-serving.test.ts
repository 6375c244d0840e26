import { CreateDeploymentCommand, UpdateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { PROVIDER } from '@/emulator/seed/demo-ids';
import { allowOnlyFromEndpoints } from '@/emulator/seed/seed-policies';
import { apiGateway } from '@/emulator/testing/harness';
import { getRestApi } from '@/lib/aws/read/rest-apis';
import { invalidateReads } from '@/lib/aws/read-cache';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadStagesServingCurrent } from './stages-serving';

/** What each stage serves, read from its export: changes made with the SDK, outside the console, show too. */

const P = PROVIDER['us-east-1'];
const restApiId = P.apis.orders.id;
let emulator: RunningEmulator;
const session = accountSession(PROVIDER.account, 'stages-serving-test');

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

async function served() {
  invalidateReads();
  const api = await getRestApi(session, restApiId);
  return loadStagesServingCurrent(session, api, ['prod', 'staging']);
}

describe('loadStagesServingCurrent', () => {
  it('follows a policy changed with the SDK until each stage is redeployed', async () => {
    expect(await served()).toEqual({ prod: true, staging: true });
    const client = apiGateway(emulator, { account: PROVIDER.account });
    const policy = allowOnlyFromEndpoints([P.vpceId]);
    await client.send(
      new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: 'replace', path: '/policy', value: policy }] }),
    );
    expect(await served()).toEqual({ prod: false, staging: false });
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
    expect(await served()).toEqual({ prod: true, staging: false });
  });
});
