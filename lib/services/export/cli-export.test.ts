import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIGatewayClient,
  CreateRestApiCommand,
  GetBasePathMappingsCommand,
  GetDeploymentsCommand,
  GetDomainNamesCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  CreateDeploymentCommand,
} from '@aws-sdk/client-api-gateway';
import { GetResourceShareAssociationsCommand, GetResourceSharesCommand, RAMClient } from '@aws-sdk/client-ram';
import type { RunningEmulator } from '@/emulator/server';
import { clientConfig, executeApiEndpoint, issuedCertificate } from '@/emulator/testing/harness';
import { createDomainSchema, type CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { preflightDomainCreation } from '@/lib/services/domain-creation/preflight';
import { runCreationStep } from '@/lib/services/domain-creation/run-step';
import { apiResourcePolicy, decodePolicyText } from '@/lib/policies';
import { cliScript } from '@/lib/export/cli';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { exportCreatePlan } from './plan-export';

/**
 * The CLI export of a wizard plan, run with the AWS CLI against the emulator in a fresh account, creates the same
 * resources as the wizard's own run in another fresh account with the same prerequisites (compared through the SDK
 * with the account-specific ids replaced by names).
 */

const run = promisify(execFile);
const WIZARD = '444444444444';
const SCRIPT = '555555555555';
const CONSUMER = '222222222222';
const REGION = 'us-east-1';
let emulator: RunningEmulator;

const session = (account: string) => accountSession(account, `export-${account}`, REGION);

interface Prerequisites {
  account: string;
  certificateArn: string;
  apiId: string;
  vpceId: string;
}

/** What the wizard needs to exist: a certificate, a deployed private API that allows another endpoint only, an endpoint. */
async function prerequisites(account: string): Promise<Prerequisites> {
  const client = new APIGatewayClient(clientConfig(emulator, { account }));
  const certificateArn = await issuedCertificate(emulator, '*.internal.example.com', { account });
  const vpceId = await executeApiEndpoint(emulator, { account });
  const api = await client.send(
    new CreateRestApiCommand({
      name: 'Orders API',
      endpointConfiguration: { types: ['PRIVATE'] },
      policy: JSON.stringify(apiResourcePolicy({ vpceIds: ['vpce-0ffffffffffffffff'] })),
    }),
  );
  const apiId = api.id ?? '';
  const { items = [] } = await client.send(new GetResourcesCommand({ restApiId: apiId }));
  const rootId = items[0]?.id ?? '';
  await client.send(
    new PutMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }),
  );
  await client.send(
    new PutIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }),
  );
  await client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'prod' }));
  return { account, certificateArn, apiId, vpceId };
}

function wizardInput(p: Prerequisites): CreateDomainInput {
  return createDomainSchema.parse({
    creationToken: crypto.randomUUID(),
    domainName: 'orders.internal.example.com',
    certificateArn: p.certificateArn,
    securityPolicy: 'TLS_1_2',
    access: { mode: 'generated', vpceIds: [p.vpceId], vpcIds: [], policyText: '' },
    mappings: [
      { basePath: 'orders', restApiId: p.apiId, stage: 'prod' },
      { basePath: '', restApiId: p.apiId, stage: 'prod' },
    ],
    updateApiPolicies: true,
    redeployStages: true,
    sharing: { mode: 'ram-new', principals: [CONSUMER], shareName: 'orders-share', existingShareArn: '' },
  });
}

/** Everything the plan creates, read back through the SDK, with this account's ids replaced by placeholders. */
async function resourcesOf(p: Prerequisites) {
  const apigateway = new APIGatewayClient(clientConfig(emulator, { account: p.account }));
  const ram = new RAMClient(clientConfig(emulator, { account: p.account }));
  const domains = (await apigateway.send(new GetDomainNamesCommand({ resourceOwner: 'SELF' }))).items ?? [];
  const domain = domains[0];
  const ref = { domainName: domain.domainName ?? '', domainNameId: domain.domainNameId ?? '' };
  const mappings = (await apigateway.send(new GetBasePathMappingsCommand(ref))).items ?? [];
  const api = await apigateway.send(new GetRestApiCommand({ restApiId: p.apiId }));
  const deployments = (await apigateway.send(new GetDeploymentsCommand({ restApiId: p.apiId }))).items ?? [];
  const shares = (await ram.send(new GetResourceSharesCommand({ resourceOwner: 'SELF' }))).resourceShares ?? [];
  const associations = async (associationType: 'PRINCIPAL' | 'RESOURCE') =>
    shares.length === 0
      ? []
      : ((
          await ram.send(
            new GetResourceShareAssociationsCommand({
              associationType,
              resourceShareArns: shares.map((x) => x.resourceShareArn ?? ''),
            }),
          )
        ).resourceShareAssociations ?? []);
  const principals = await associations('PRINCIPAL');
  const resources = await associations('RESOURCE');
  const policyOf = (text: string | undefined) => {
    const decoded = decodePolicyText(text);
    return decoded.ok ? decoded.value : text;
  };
  const facts = {
    domainCount: domains.length,
    domain: {
      domainName: domain.domainName,
      certificateArn: domain.certificateArn,
      endpointTypes: domain.endpointConfiguration?.types,
      securityPolicy: domain.securityPolicy,
      endpointAccessMode: domain.endpointAccessMode,
      policy: policyOf(domain.policy),
      managementPolicy: policyOf(domain.managementPolicy),
    },
    mappings: mappings
      .map((m) => ({ basePath: m.basePath, restApiId: m.restApiId, stage: m.stage }))
      .sort((a, b) => String(a.basePath).localeCompare(String(b.basePath))),
    apiPolicy: policyOf(api.policy),
    deploymentCount: deployments.length,
    shares: shares.map((s) => ({ name: s.name, status: s.status, allowExternalPrincipals: s.allowExternalPrincipals })),
    sharedWith: principals.map((x) => x.associatedEntity).sort(),
    sharedResources: resources.map((r) => r.associatedEntity),
  };
  const replacements: [string, string][] = [
    [ref.domainNameId, '<domainNameId>'],
    [p.certificateArn, '<certificate>'],
    [p.apiId, '<api>'],
    [p.vpceId, '<vpce>'],
    [p.account, '<account>'],
  ];
  let text = JSON.stringify(facts);
  for (const [from, to] of replacements) text = text.split(from).join(to);
  return JSON.parse(text) as unknown;
}

async function runScript(script: string, account: string) {
  return run('bash', ['-c', script], {
    env: {
      NODE_ENV: 'test',
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ENDPOINT_URL: emulator.url,
      AWS_ACCESS_KEY_ID: account,
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_DEFAULT_REGION: REGION,
      AWS_PAGER: '',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    },
  });
}

beforeAll(async () => {
  // Fresh accounts only: no demo data, so what each run creates is all there is to compare.
  emulator = await startDemoEmulator({ seed: { kind: 'none' } });
});
afterAll(async () => {
  await emulator.close();
});

describe('CLI export of the wizard plan', () => {
  it('creates what the wizard creates, and a second run adds nothing', async () => {
    const [wizard, scripted] = await Promise.all([prerequisites(WIZARD), prerequisites(SCRIPT)]);

    const wizardData = wizardInput(wizard);
    const { plan, fieldErrors } = await preflightDomainCreation(session(WIZARD), wizardData);
    expect(fieldErrors).toEqual({});
    for (const step of plan.steps) await runCreationStep(session(WIZARD), wizardData, step);

    const script = cliScript(await exportCreatePlan(session(SCRIPT), wizardInput(scripted)));
    const first = await runScript(script, SCRIPT);
    expect(first.stdout).toMatch(/Domain orders\.internal\.example\.com \(\w+\)/);

    const expected = await resourcesOf(wizard);
    expect(await resourcesOf(scripted)).toEqual(expected);
    expect(expected).toMatchObject({ domainCount: 1, deploymentCount: 2, sharedWith: [CONSUMER] });

    await runScript(script, SCRIPT);
    expect(await resourcesOf(scripted)).toMatchObject({ domainCount: 1, shares: [{ name: 'orders-share' }] });
  }, 120_000);
});
