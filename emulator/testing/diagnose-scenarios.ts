import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameAccessAssociationCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  RejectDomainNameAccessAssociationCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { EC2Client, ModifyVpcAttributeCommand, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import {
  ChangeResourceRecordSetsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import type { RunningEmulator } from '../server';
import { CONSUMER, OUTSIDER, PROVIDER } from '../seed/demo-ids';
import { allowOnlyFromEndpoints } from '../seed/seed-policies';
import { apiGateway, clientConfig, present } from './harness';

/**
 * The demo story with one link of a call broken through the real SDK, one scenario per link of the diagnosis
 * (lib/diagnose/walk.ts), plus the healthy call. Each names who calls (the account whose endpoint is used), the
 * question (an /invoke selection), the link the diagnosis must name first and the prerequisite behind it.
 */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;

export interface ScenarioQuestion {
  target: 'api' | 'domain';
  api?: string;
  stage?: string;
  domain?: string;
  domainId?: string;
  basePath?: string;
  vpce: string;
  method: 'GET';
  path: string;
}

export interface DiagnoseScenario {
  name: string;
  /** The account context the operator is in; the other demo accounts are configured contexts too. */
  as: 'provider' | 'consumer' | 'outsider';
  /** The endpoint's account, when it is not the context in use (`endpointAccount=`). */
  clientAccount?: string;
  question: ScenarioQuestion;
  form: 'A1' | 'B1';
  /** `signed=no`: the client does not sign its requests. */
  signed?: boolean;
  /** The change that breaks the call; absent for what the seed already holds. */
  breakIt?: (emulator: RunningEmulator) => Promise<void>;
  /** The link the diagnosis must name first; absent for the healthy call. */
  link?: string;
  prerequisite?: string;
}

/** The consumer's checkout app calling the shared domain's `orders` mapping: healthy in the seed. */
export const CONSUMER_CALL: ScenarioQuestion = {
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce: C.appVpceId,
  method: 'GET',
  path: '/orders',
};

/** The provider calling its orders API from its own VPC: healthy in the seed. */
export const PROVIDER_API_CALL: ScenarioQuestion = {
  target: 'api',
  api: P.apis.orders.id,
  stage: 'prod',
  vpce: P.vpceId,
  method: 'GET',
  path: '/orders',
};

const ec2 = (emulator: RunningEmulator, account: string) => new EC2Client(clientConfig(emulator, { account }));
const provider = (emulator: RunningEmulator) => apiGateway(emulator, { account: PROVIDER.account });
const consumer = (emulator: RunningEmulator) => apiGateway(emulator, { account: CONSUMER.account });

async function deleteConsumerAliasRecord(emulator: RunningEmulator): Promise<void> {
  const route53 = new Route53Client(clientConfig(emulator, { account: CONSUMER.account }));
  const { ResourceRecordSets } = await route53.send(
    new ListResourceRecordSetsCommand({ HostedZoneId: C.privateHostedZoneId }),
  );
  const alias = (ResourceRecordSets ?? []).filter((r) => r.AliasTarget && r.Name?.startsWith(shared.name));
  await route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: C.privateHostedZoneId,
      ChangeBatch: { Changes: alias.map((r) => ({ Action: 'DELETE', ResourceRecordSet: r })) },
    }),
  );
}

async function replaceApiPolicy(emulator: RunningEmulator, policy: string, deploy: boolean): Promise<void> {
  const client = provider(emulator);
  await client.send(
    new UpdateRestApiCommand({
      restApiId: P.apis.orders.id,
      patchOperations: [{ op: 'replace', path: '/policy', value: policy }],
    }),
  );
  if (deploy) await client.send(new CreateDeploymentCommand({ restApiId: P.apis.orders.id, stageName: 'prod' }));
}

/** A GET /secure method with AWS_IAM on the orders API, deployed. */
async function addIamMethod(emulator: RunningEmulator): Promise<void> {
  const client = provider(emulator);
  const restApiId = P.apis.orders.id;
  const { items } = await client.send(new GetResourcesCommand({ restApiId }));
  const root = present(items?.find((r) => r.path === '/')?.id, 'the root resource');
  const { id } = await client.send(new CreateResourceCommand({ restApiId, parentId: root, pathPart: 'secure' }));
  const resourceId = present(id, 'the new resource id');
  await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'GET', authorizationType: 'AWS_IAM' }));
  await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'GET', type: 'MOCK' }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
}

export const DIAGNOSE_SCENARIOS: readonly DiagnoseScenario[] = [
  { name: 'healthy: the consumer calls the shared domain', as: 'consumer', question: CONSUMER_CALL, form: 'B1' },
  {
    name: 'healthy: the provider diagnoses the consumer’s call (endpointAccount=consumer)',
    as: 'provider',
    clientAccount: CONSUMER.account,
    question: CONSUMER_CALL,
    form: 'B1',
  },
  { name: 'healthy: the provider calls its own API', as: 'provider', question: PROVIDER_API_CALL, form: 'A1' },
  {
    name: 'private hosted zone record missing',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: deleteConsumerAliasRecord,
    link: 'dns',
    prerequisite: 'dns-record',
  },
  {
    name: 'VPC DNS attributes off',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      await ec2(emulator, CONSUMER.account).send(
        new ModifyVpcAttributeCommand({ VpcId: C.appVpc.id, EnableDnsHostnames: { Value: false } }),
      );
    },
    link: 'dns',
    prerequisite: 'vpc-dns-attributes',
  },
  {
    name: 'private DNS off on the endpoint (default execute-api name)',
    as: 'provider',
    question: PROVIDER_API_CALL,
    form: 'A1',
    breakIt: async (emulator) => {
      await ec2(emulator, PROVIDER.account).send(
        new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, PrivateDnsEnabled: false }),
      );
    },
    link: 'dns',
    prerequisite: 'private-dns',
  },
  {
    name: 'endpoint policy denies execute-api:Invoke',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      const deny = { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }] };
      await ec2(emulator, CONSUMER.account).send(
        new ModifyVpcEndpointCommand({ VpcEndpointId: C.appVpceId, PolicyDocument: JSON.stringify(deny) }),
      );
    },
    link: 'endpoint-policy',
    prerequisite: 'endpoint-policy',
  },
  {
    name: 'access association missing',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      await consumer(emulator).send(
        new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: C.appDnaaArn }),
      );
    },
    link: 'access-association',
    prerequisite: 'access-association',
  },
  {
    name: 'access association rejected by the provider',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      await provider(emulator).send(
        new RejectDomainNameAccessAssociationCommand({
          domainNameAccessAssociationArn: C.appDnaaArn,
          domainNameArn: shared.arn,
        }),
      );
    },
    link: 'access-association',
    prerequisite: 'association-rejected',
  },
  {
    name: 'RAM invitation pending',
    as: 'consumer',
    question: {
      ...CONSUMER_CALL,
      domain: P.domains.pendingShare.name,
      domainId: P.domains.pendingShare.id,
      basePath: '(none)',
      path: '/products',
    },
    form: 'B1',
    link: 'ram-share',
    prerequisite: 'ram-invitation',
  },
  {
    name: 'RAM invitation expired (12 hours later)',
    as: 'consumer',
    question: {
      ...CONSUMER_CALL,
      domain: P.domains.pendingShare.name,
      domainId: P.domains.pendingShare.id,
      basePath: '(none)',
      path: '/products',
    },
    form: 'B1',
    breakIt: async (emulator) => {
      await fetch(`${emulator.url}/_emulator/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: 13 * 3600 }),
      });
    },
    link: 'ram-share',
    prerequisite: 'ram-share',
  },
  {
    name: 'domain never shared with the endpoint’s account',
    as: 'outsider',
    question: { ...CONSUMER_CALL, vpce: OUTSIDER['us-east-1'].vpceId },
    form: 'B1',
    link: 'ram-share',
    prerequisite: 'ram-share',
  },
  {
    name: 'domain policy does not allow the endpoint',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      await provider(emulator).send(
        new UpdateDomainNameCommand({
          domainName: shared.name,
          domainNameId: shared.id,
          patchOperations: [{ op: 'replace', path: '/policy', value: allowOnlyFromEndpoints([P.vpceId]) }],
        }),
      );
    },
    link: 'domain-policy',
    prerequisite: 'domain-policy',
  },
  {
    name: 'base path mapping missing',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: async (emulator) => {
      await provider(emulator).send(
        new DeleteBasePathMappingCommand({ domainName: shared.name, domainNameId: shared.id, basePath: 'orders' }),
      );
    },
    link: 'base-path-mapping',
    prerequisite: 'base-path-mapping',
  },
  {
    name: 'API policy changed and the stage not deployed since',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: (emulator) =>
      replaceApiPolicy(emulator, allowOnlyFromEndpoints([P.vpceId, C.appVpceId, C.analyticsVpceId]), false),
    link: 'stage-deployed',
    prerequisite: 'changes-deployed',
  },
  {
    name: 'API policy does not allow the endpoint (deployed)',
    as: 'consumer',
    question: CONSUMER_CALL,
    form: 'B1',
    breakIt: (emulator) => replaceApiPolicy(emulator, allowOnlyFromEndpoints([P.vpceId]), true),
    link: 'api-policy',
    prerequisite: 'mapped-api-policy',
  },
  {
    name: 'method authorization AWS_IAM, the client does not sign',
    as: 'consumer',
    question: { ...CONSUMER_CALL, path: '/secure' },
    form: 'B1',
    signed: false,
    breakIt: addIamMethod,
    link: 'method-authorization',
    prerequisite: 'iam-identity',
  },
];
