import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, OUTSIDER, PROVIDER } from '@/emulator/seed/demo-ids';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadKnownEndpointIds } from './known-endpoints';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

it("lists every account context's execute-api interface endpoints in the Region, each once", async () => {
  const ids = await loadKnownEndpointIds(accountSession(PROVIDER.account, 'known-endpoints-test'));
  expect(ids).toEqual(
    expect.arrayContaining([
      PROVIDER['us-east-1'].vpceId,
      CONSUMER['us-east-1'].appVpceId,
      CONSUMER['us-east-1'].analyticsVpceId,
      OUTSIDER['us-east-1'].vpceId,
    ]),
  );
  expect(ids).not.toContain(PROVIDER['us-east-1'].s3GatewayEndpointId);
  expect(ids).not.toContain(PROVIDER['eu-west-1'].vpceId);
  expect(new Set(ids).size).toBe(ids.length);
});
