import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetBasePathMappingsCommand, GetDomainNameCommand, GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway } from '@/emulator/testing/harness';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import {
  accountSession,
  resetToDemo,
  setEmulatorFaults,
  startDemoEmulator,
} from '@/lib/services/testing/demo-emulator';
import { ActionFailure, FieldError } from '@/lib/errors';
import { deleteDomain } from './delete-domain';
import { addMapping } from './mappings';

/** Mappings that also open the API to the domain's callers, and deletion, against the emulator's demo data. */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = { domainName: P.domains.shared.name, domainNameId: P.domains.shared.id };
const inventoryMapping = { basePath: 'inventory', restApiId: P.apis.inventory.id, stage: 'prod', allowOnApi: true };
let emulator: RunningEmulator;

const session = (id: string) => accountSession(PROVIDER.account, id);

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

async function mappedPaths() {
  const out = await apiGateway(emulator).send(new GetBasePathMappingsCommand(shared));
  return (out.items ?? []).map((m) => m.basePath);
}

const inventoryPolicy = async () =>
  (await apiGateway(emulator).send(new GetRestApiCommand({ restApiId: P.apis.inventory.id }))).policy ?? '';

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

describe('addMapping', () => {
  it("maps the path, allows the domain's endpoints on the API and redeploys the stage", async () => {
    const report = await addMapping(session('map-allow'), shared, inventoryMapping);
    expect(report.changes).toEqual([
      '/inventory → inventory-api / prod',
      'inventory-api: resource policy updated',
      'inventory-api: stage prod redeployed',
    ]);
    expect(await mappedPaths()).toContain('inventory');
    const policy = await inventoryPolicy();
    expect(policy).toContain(P.vpceId);
    expect(policy).toContain(C.appVpceId);
  });

  it.each([
    { name: 'a path already mapped', mapping: { ...inventoryMapping, basePath: 'orders' }, field: 'basePath' },
    {
      name: 'a public API',
      mapping: { ...inventoryMapping, restApiId: P.apis.publicStatus.id },
      field: 'restApiId',
    },
  ])('refuses $name with a field error and changes nothing', async ({ mapping, field }) => {
    const failure = await failureOf(addMapping(session(`map-refused-${field}`), shared, mapping));
    expect(failure).toBeInstanceOf(FieldError);
    expect((failure as FieldError).field).toBe(field);
    expect(await mappedPaths()).not.toContain('inventory');
  });

  it('names the mapping and the API policy as done and the redeploy as not done when the redeploy fails', async () => {
    await setEmulatorFaults(emulator, 'error-rate=1,services=apigateway,ops=CreateDeployment');
    const failure = await failureOf(addMapping(session('map-partial'), shared, inventoryMapping));
    expect(failure).toBeInstanceOf(ActionFailure);
    expect((failure as ActionFailure).error.message).toContain(
      'Already changed: /inventory → inventory-api / prod; inventory-api: resource policy updated. Not changed: inventory-api: stage prod (not redeployed) (this step failed).',
    );
  });
});

describe('deleteDomain', () => {
  it('deletes the domain with its mappings', async () => {
    const denyAll = { domainName: P.domains.denyAll.name, domainNameId: P.domains.denyAll.id };
    const report = await deleteDomain(session('delete'), denyAll);
    expect(report.message).toBe(`Deleted ${denyAll.domainName} (${denyAll.domainNameId}) with its base path mappings.`);
    const gone = await failureOf(apiGateway(emulator).send(new GetDomainNameCommand(denyAll)));
    expect((gone as { name?: string }).name).toBe('NotFoundException');
  });
});
