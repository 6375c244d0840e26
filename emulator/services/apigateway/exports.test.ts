import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDeploymentCommand,
  GetExportCommand,
  UpdateRestApiCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import { apiGateway, startTestEmulator } from '../../testing/harness';
import { deployedPrivateApi } from '../../testing/privateApi';

/** GetExport: a stage's deployed version, with the resource policy and endpoint ids as of that deployment. */

let emulator: RunningEmulator;
let client: APIGatewayClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = apiGateway(emulator);
});
afterAll(() => emulator.close());

interface Exported {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  'x-amazon-apigateway-policy'?: { Statement: { Effect: string }[] };
  'x-amazon-apigateway-endpoint-configuration'?: { vpcEndpointIds: string[] };
}

async function exported(restApiId: string, stageName: string, extensions?: string): Promise<Exported> {
  const out = await client.send(
    new GetExportCommand({
      restApiId,
      stageName,
      exportType: 'oas30',
      accepts: 'application/json',
      ...(extensions ? { parameters: { extensions } } : {}),
    }),
  );
  return JSON.parse(new TextDecoder().decode(out.body)) as Exported;
}

const DENY_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
});

describe('GetExport', () => {
  it('keeps the policy of the deployment the stage points at, until the next deployment', async () => {
    const restApiId = await deployedPrivateApi(client, 'export-me');
    const before = await exported(restApiId, 'prod', 'apigateway');
    expect(before.openapi).toMatch(/^3\./);
    expect(before['x-amazon-apigateway-policy']?.Statement[0].Effect).toBe('Allow');
    expect(Object.keys(before.paths).length).toBeGreaterThan(0);

    await client.send(
      new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: 'replace', path: '/policy', value: DENY_ALL }] }),
    );
    expect((await exported(restApiId, 'prod', 'apigateway'))['x-amazon-apigateway-policy']?.Statement[0].Effect).toBe(
      'Allow',
    );

    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
    const after = await exported(restApiId, 'prod', 'apigateway');
    expect(after['x-amazon-apigateway-policy']?.Statement[0].Effect).toBe('Deny');
    expect(after['x-amazon-apigateway-endpoint-configuration']?.vpcEndpointIds).toEqual([]);
  });

  it('leaves the extensions out unless asked, and answers NotFound for an unknown stage', async () => {
    const restApiId = await deployedPrivateApi(client, 'export-plain');
    expect((await exported(restApiId, 'prod'))['x-amazon-apigateway-policy']).toBeUndefined();
    await expect(exported(restApiId, 'nope', 'apigateway')).rejects.toMatchObject({ name: 'NotFoundException' });
  });
});
