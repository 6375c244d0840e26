import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDomainNameCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { CreateVpcEndpointCommand, DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { RunningEmulator } from '@/emulator/server';
import {
  ALLOW_ALL_POLICY,
  apiGateway,
  clientConfig,
  CONSUMER,
  executeApiEndpoint,
  issuedCertificate,
  PROVIDER,
  startTestEmulator,
} from '@/emulator/testing/harness';
import { managementPolicy } from '@/lib/policies';
import { getClients } from '../clients';
import type { Session } from '../session';
import { listAccessAssociations } from './access-associations';
import { listBasePathMappings, listOwnDomains, listSharedDomains } from './domains';
import { isPrivateApi, listDeployments, listRestApis, listStages } from './rest-apis';
import { listExecuteApiEndpoints, listSubnets } from './vpc-endpoints';

/**
 * The readers against the emulator. Each client gets a middleware that records the page size the reader asked
 * for (it must be the service maximum) and then shrinks it, so a handful of resources spans several pages and
 * the readers must follow the paging tokens to see them all.
 */

let emulator: RunningEmulator;
const session = (account: string, id: string): Session => ({
  context: { id: `pagination-test-${id}`, label: id, description: id, accountId: account, staticAccessKeyId: account },
  region: 'us-east-1',
});
const provider = session(PROVIDER, 'provider');
const consumer = session(CONSUMER, 'consumer');

const asked: { service: string; size: string }[] = [];
let requests = 0;

interface BuildArgs {
  request: { query?: Record<string, string | string[]>; body?: unknown; headers: Record<string, string> };
}

function shrinkApiGatewayPages(client: APIGatewayClient) {
  client.middlewareStack.add(
    (next) => async (args) => {
      const { request } = args as unknown as BuildArgs;
      requests += 1;
      if (typeof request.query?.limit === 'string') {
        asked.push({ service: 'apigateway', size: request.query.limit });
        request.query.limit = '2';
      }
      return next(args);
    },
    { step: 'build', name: 'testShrinkPages' },
  );
}

function shrinkEc2Pages(client: EC2Client) {
  client.middlewareStack.add(
    (next) => async (args) => {
      const { request } = args as unknown as BuildArgs;
      if (typeof request.body === 'string') {
        const size = /(?:^|&)MaxResults=(\d+)/.exec(request.body)?.[1];
        if (size) {
          asked.push({ service: 'ec2', size });
          request.body = request.body.replace(/MaxResults=\d+/, 'MaxResults=5');
          delete request.headers['content-length'];
          delete request.headers['Content-Length'];
        }
      }
      return next(args);
    },
    { step: 'build', name: 'testShrinkPages' },
  );
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  for (const s of [provider, consumer]) {
    shrinkApiGatewayPages(getClients(s).apigateway);
    shrinkEc2Pages(getClients(s).ec2);
  }
});
afterAll(() => emulator.close());

const takeAsked = () => asked.splice(0);

describe('API Gateway readers', () => {
  let client: APIGatewayClient;
  const created: string[] = [];

  beforeAll(async () => {
    client = apiGateway(emulator);
    for (let i = 0; i < 5; i++) {
      const api = await client.send(
        new CreateRestApiCommand({
          name: `private-${i}`,
          endpointConfiguration: { types: ['PRIVATE'] },
          policy: ALLOW_ALL_POLICY,
        }),
      );
      created.push(api.id!);
    }
    await client.send(new CreateRestApiCommand({ name: 'regional', endpointConfiguration: { types: ['REGIONAL'] } }));
  });

  it('lists every REST API across pages, asking for 500 per page', async () => {
    requests = 0;
    takeAsked();
    const apis = await listRestApis(provider);
    expect(apis).toHaveLength(6);
    expect(
      apis
        .filter(isPrivateApi)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...created].sort());
    expect(requests).toBe(3);
    expect(takeAsked().every((a) => a.size === '500')).toBe(true);
  });

  it('reads stages and pages through deployments', async () => {
    const restApiId = created[0];
    const { items } = await client.send(new GetResourcesCommand({ restApiId }));
    const root = items![0].id!;
    await client.send(
      new PutMethodCommand({ restApiId, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }),
    );
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
    for (const stageName of ['prod', 'staging', 'dev'])
      await client.send(new CreateDeploymentCommand({ restApiId, stageName }));
    expect((await listStages(provider, restApiId)).map((s) => s.stageName).sort()).toEqual(['dev', 'prod', 'staging']);
    takeAsked();
    expect(await listDeployments(provider, restApiId)).toHaveLength(3);
    expect(takeAsked().map((a) => a.size)).toEqual(['500', '500']);
  });

  describe('domains, mappings and access associations', () => {
    const domains: { domainName: string; domainNameId: string; domainNameArn: string }[] = [];
    let vpceId: string;
    let consumerVpceId: string;

    beforeAll(async () => {
      const certificateArn = await issuedCertificate(emulator, '*.internal.example.com');
      for (const name of ['a', 'b', 'c']) {
        const d = await client.send(
          new CreateDomainNameCommand({
            domainName: `${name}.internal.example.com`,
            certificateArn,
            endpointConfiguration: { types: ['PRIVATE'] },
            securityPolicy: 'TLS_1_2',
          }),
        );
        domains.push({ domainName: d.domainName!, domainNameId: d.domainNameId!, domainNameArn: d.domainNameArn! });
      }
      const [a] = domains;
      for (const basePath of ['one', 'two', 'three']) {
        await client.send(
          new CreateBasePathMappingCommand({
            domainName: a.domainName,
            domainNameId: a.domainNameId,
            restApiId: created[0],
            stage: 'prod',
            basePath,
          }),
        );
      }
      vpceId = await executeApiEndpoint(emulator);
      for (const d of domains) {
        await client.send(
          new CreateDomainNameAccessAssociationCommand({
            domainNameArn: d.domainNameArn,
            accessAssociationSourceType: 'VPCE',
            accessAssociationSource: vpceId,
          }),
        );
      }
      // Share the first two domains with the consumer through a managementPolicy; the consumer associates with one.
      for (const d of domains.slice(0, 2)) {
        const policy = JSON.stringify(managementPolicy(d.domainNameArn, [CONSUMER]));
        await client.send(
          new UpdateDomainNameCommand({
            domainName: d.domainName,
            domainNameId: d.domainNameId,
            patchOperations: [{ op: 'replace', path: '/managementPolicy', value: policy }],
          }),
        );
      }
      consumerVpceId = await executeApiEndpoint(emulator, { account: CONSUMER });
      await apiGateway(emulator, { account: CONSUMER }).send(
        new CreateDomainNameAccessAssociationCommand({
          domainNameArn: domains[0].domainNameArn,
          accessAssociationSourceType: 'VPCE',
          accessAssociationSource: consumerVpceId,
        }),
      );
    });

    it('lists owned domains and base path mappings across pages', async () => {
      takeAsked();
      const owned = await listOwnDomains(provider);
      expect(owned.map((d) => d.domainNameId).sort()).toEqual(domains.map((d) => d.domainNameId).sort());
      expect(owned.every((d) => d.endpointTypes.includes('PRIVATE'))).toBe(true);
      const mappings = await listBasePathMappings(provider, domains[0].domainName, domains[0].domainNameId);
      expect(mappings.map((m) => m.basePath).sort()).toEqual(['one', 'three', 'two']);
      expect(takeAsked().every((a) => a.size === '500')).toBe(true);
    });

    it('follows `position` by hand for access associations (the SDK has no paginator)', async () => {
      requests = 0;
      takeAsked();
      const own = await listAccessAssociations(provider, 'SELF');
      expect(own).toHaveLength(3);
      expect(requests).toBe(2);
      expect(takeAsked().map((a) => a.size)).toEqual(['500', '500']);
      expect(
        own.every(
          (a) =>
            a.source === vpceId &&
            a.sourceType === 'VPCE' &&
            a.associationAccountId === PROVIDER &&
            a.domainOwnerAccountId === PROVIDER,
        ),
      ).toBe(true);
    });

    it('shows the provider other accounts’ associations, with the consumer account read from the ARN', async () => {
      const foreign = await listAccessAssociations(provider, 'OTHER_ACCOUNTS');
      expect(foreign).toEqual([
        expect.objectContaining({
          source: consumerVpceId,
          associationAccountId: CONSUMER,
          domainNameArn: domains[0].domainNameArn,
          domainName: 'a.internal.example.com',
        }),
      ]);
    });

    it('lists domains shared with the consumer with only name, id, ARN and the owner parsed from the ARN', async () => {
      const shared = await listSharedDomains(consumer);
      expect(shared.sort((x, y) => x.domainName.localeCompare(y.domainName))).toEqual(
        domains.slice(0, 2).map((d) => ({ ...d, ownerAccountId: PROVIDER })),
      );
    });
  });
});

describe('EC2 readers', () => {
  const endpointIds: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 6; i++) endpointIds.push(await executeApiEndpoint(emulator, { account: CONSUMER }));
    const ec2 = new EC2Client(clientConfig(emulator, { account: CONSUMER }));
    const first = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointIds[0]] }));
    await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: first.VpcEndpoints![0].VpcId!,
        VpcEndpointType: 'Gateway',
        ServiceName: 'com.amazonaws.us-east-1.s3',
      }),
    );
  });

  it('lists only execute-api interface endpoints, across pages of the maximum size', async () => {
    takeAsked();
    const endpoints = await listExecuteApiEndpoints(consumer);
    // The consumer also has the endpoint created for the association test above.
    expect(endpoints.map((e) => e.id)).toEqual(expect.arrayContaining(endpointIds));
    expect(endpoints).toHaveLength(7);
    expect(endpoints.every((e) => e.state === e.state.toLowerCase())).toBe(true);
    const regional = endpoints[0].dnsNames.filter((n) => n.kind === 'regional');
    expect(regional).toHaveLength(1);
    expect(endpoints[0].dnsNames.filter((n) => n.kind === 'zonal').map((n) => n.availabilityZone)).toEqual([
      'us-east-1a',
      'us-east-1b',
    ]);
    const sizes = takeAsked().filter((a) => a.service === 'ec2');
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.every((a) => a.size === '1000')).toBe(true);
  });

  it('reads the subnets of an endpoint', async () => {
    const [endpoint] = await listExecuteApiEndpoints(consumer);
    const subnets = await listSubnets(consumer, endpoint.subnetIds);
    expect(subnets.map((s) => s.id).sort()).toEqual([...endpoint.subnetIds].sort());
    expect(subnets.map((s) => s.availabilityZone).sort()).toEqual(['us-east-1a', 'us-east-1b']);
    expect(await listSubnets(consumer, [])).toEqual([]);
  });
});
