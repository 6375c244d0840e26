import {
  APIGatewayClient,
  CreateDeploymentCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameAccessAssociationCommand,
  RejectDomainNameAccessAssociationCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import {
  DeleteVpcEndpointsCommand,
  EC2Client,
  ModifyVpcAttributeCommand,
  ModifyVpcEndpointCommand,
  type ModifyVpcEndpointCommandInput,
} from '@aws-sdk/client-ec2';
import { DisassociateResourceShareCommand, RAMClient } from '@aws-sdk/client-ram';
import {
  AssociateVPCWithHostedZoneCommand,
  ChangeResourceRecordSetsCommand,
  DisassociateVPCFromHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { CONSUMER, OUTSIDER, PROVIDER } from '../seed/demo-ids';
import { SHOP_ORIGIN } from '../seed/seed-method-auth';
import { allowOnlyFromEndpoints } from '../seed/seed-policies';

/**
 * The demo story with one link of a call broken through the real SDK, one or more scenarios per link of the
 * diagnosis (lib/diagnose/walk.ts), plus healthy calls. Each names who calls (the context in use), the question (an
 * /invoke selection), and for a broken call the link the diagnosis must name first, the prerequisite behind it and
 * fragments of what the operator reads: AWS's answer and the fix. The service tests (vitest, an in-process
 * emulator) and the page tests (Playwright, the e2e emulator) run the same table: `breakIt` takes the emulator's URL.
 */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;
const orders = P.apis.orders.id;

/** An /invoke selection, as its query parameters name it. */
export interface ScenarioQuestion {
  target: 'api' | 'domain';
  api?: string;
  stage?: string;
  domain?: string;
  domainId?: string;
  basePath?: string;
  vpce: string;
  method: 'GET' | 'POST';
  path: string;
  /** `custom`: the VPC's DHCP options name the operator's own DNS servers; `resolver`: they forward (1) or not (0). */
  dns?: 'amazon' | 'custom';
  resolver?: '0' | '1';
  client?: 'server' | 'browser';
  origin?: string;
  headers?: string[];
}

/** What the operator must read about the first broken link. */
export interface BrokenLink {
  link: string;
  prerequisite: string;
  /** A fragment of what AWS answers the client. */
  answer: string;
  /** A fragment of the fix. */
  fix: string;
}

export interface DiagnoseScenario {
  name: string;
  /** The account context the operator is in (its id); the other demo accounts are configured contexts too. */
  as: 'provider' | 'consumer' | 'outsider';
  /** The endpoint's account, when it is not the context in use (`endpointAccount=`). */
  clientAccount?: string;
  question: ScenarioQuestion;
  form: 'A1' | 'A2' | 'A3' | 'A4' | 'B1' | 'B2';
  /** `signed=no`: the client does not sign its requests. */
  signed?: boolean;
  /** The change that breaks the call, sent to the emulator at `endpoint`; absent for what the seed already holds. */
  breakIt?: (endpoint: string) => Promise<void>;
  /** Absent for a healthy call: every link green, nothing unknown. */
  broken?: BrokenLink;
}

/** The /diagnose query string of a scenario: its question as /invoke names it, plus the diagnosis's own parameters. */
export function diagnoseSearch(s: DiagnoseScenario): string {
  const { headers = [], ...question } = s.question;
  const params = new URLSearchParams(Object.entries(question));
  for (const h of headers) params.append('header', h);
  params.set('form', s.form);
  if (s.clientAccount) params.set('endpointAccount', s.clientAccount);
  if (s.signed !== undefined) params.set('signed', s.signed ? 'yes' : 'no');
  return params.toString();
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
  api: orders,
  stage: 'prod',
  vpce: P.vpceId,
  method: 'GET',
  path: '/orders',
};

/** The consumer calling the provider's domain that is shared with it but whose invitation still waits. */
const PENDING_DOMAIN_CALL: ScenarioQuestion = {
  ...CONSUMER_CALL,
  domain: P.domains.pendingShare.name,
  domainId: P.domains.pendingShare.id,
  basePath: '(none)',
  path: '/products',
};

/** A page of the shop's browser app posting JSON to the orders search (the seed answers its preflight). */
const BROWSER_SEARCH: ScenarioQuestion = {
  ...CONSUMER_CALL,
  method: 'POST',
  path: '/orders/search',
  client: 'browser',
  origin: SHOP_ORIGIN,
  headers: ['Content-Type: application/json'],
};

// The shapes of a break: one SDK call each, as the account that owns what changes.

const sdkConfig = (endpoint: string, account: string) => ({
  endpoint,
  region: 'us-east-1',
  maxAttempts: 1,
  credentials: { accessKeyId: account, secretAccessKey: 'x' },
});
const apiGateway = (endpoint: string, account: string) => new APIGatewayClient(sdkConfig(endpoint, account));
const ec2 = (endpoint: string, account: string) => new EC2Client(sdkConfig(endpoint, account));

const modifyEndpoint =
  (account: string, input: ModifyVpcEndpointCommandInput) =>
  async (endpoint: string): Promise<void> => {
    await ec2(endpoint, account).send(new ModifyVpcEndpointCommand(input));
  };

const deleteEndpoint =
  (account: string, vpceId: string) =>
  async (endpoint: string): Promise<void> => {
    await ec2(endpoint, account).send(new DeleteVpcEndpointsCommand({ VpcEndpointIds: [vpceId] }));
  };

const patchSharedDomain =
  (path: string, value: string) =>
  async (endpoint: string): Promise<void> => {
    await apiGateway(endpoint, PROVIDER.account).send(
      new UpdateDomainNameCommand({
        domainName: shared.name,
        domainNameId: shared.id,
        patchOperations: [{ op: 'replace', path, value }],
      }),
    );
  };

/** Changes the orders API; `deploy` redeploys `prod` after it. */
const patchOrdersApi =
  (patchOperations: PatchOperation[], deploy: boolean) =>
  async (endpoint: string): Promise<void> => {
    const client = apiGateway(endpoint, PROVIDER.account);
    await client.send(new UpdateRestApiCommand({ restApiId: orders, patchOperations }));
    if (deploy) await client.send(new CreateDeploymentCommand({ restApiId: orders, stageName: 'prod' }));
  };

const ordersPolicy = (vpceIds: string[], deploy: boolean) =>
  patchOrdersApi([{ op: 'replace', path: '/policy', value: allowOnlyFromEndpoints(vpceIds) }], deploy);

async function deleteConsumerAliasRecord(endpoint: string): Promise<void> {
  const route53 = new Route53Client(sdkConfig(endpoint, CONSUMER.account));
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

/** The consumer's zone moves to its analytics VPC (a zone keeps at least one VPC): the record is there, unseen. */
async function moveConsumerZoneOffAppVpc(endpoint: string): Promise<void> {
  const route53 = new Route53Client(sdkConfig(endpoint, CONSUMER.account));
  const vpc = (VPCId: string) => ({ VPCId, VPCRegion: 'us-east-1' as const });
  await route53.send(
    new AssociateVPCWithHostedZoneCommand({ HostedZoneId: C.privateHostedZoneId, VPC: vpc(C.analyticsVpc.id) }),
  );
  await route53.send(
    new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: C.privateHostedZoneId, VPC: vpc(C.appVpc.id) }),
  );
}

async function advanceClock(endpoint: string, seconds: number): Promise<void> {
  const res = await fetch(`${endpoint}/_emulator/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (!res.ok) throw new Error(`emulator clock answered ${String(res.status)}`);
}

const DENY_INVOKE = JSON.stringify({
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }],
});

const consumerCall = { as: 'consumer', question: CONSUMER_CALL, form: 'B1' } as const;
const providerCall = { as: 'provider', question: PROVIDER_API_CALL, form: 'A1' } as const;

export const DIAGNOSE_SCENARIOS: readonly DiagnoseScenario[] = [
  { name: 'healthy: the consumer calls the shared domain', ...consumerCall },
  {
    name: 'healthy: the provider diagnoses the consumer’s call (endpointAccount=consumer)',
    ...consumerCall,
    as: 'provider',
    clientAccount: CONSUMER.account,
  },
  { name: 'healthy: the provider calls its own API', ...providerCall },
  {
    name: 'healthy: the shop’s browser page posts JSON (preflight answered)',
    ...consumerCall,
    question: BROWSER_SEARCH,
  },
  {
    name: 'private hosted zone record missing',
    ...consumerCall,
    breakIt: deleteConsumerAliasRecord,
    broken: { link: 'dns', prerequisite: 'dns-record', answer: 'NXDOMAIN', fix: 'alias A' },
  },
  {
    name: 'the private hosted zone holding the record is not associated with the client VPC',
    ...consumerCall,
    breakIt: moveConsumerZoneOffAppVpc,
    broken: {
      link: 'dns',
      prerequisite: 'dns-zone-vpc',
      answer: 'NXDOMAIN',
      fix: `associate-vpc-with-hosted-zone --hosted-zone-id ${C.privateHostedZoneId} --vpc VPCRegion=us-east-1,VPCId=${C.appVpc.id}`,
    },
  },
  {
    name: 'VPC DNS attributes off',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await ec2(endpoint, CONSUMER.account).send(
        new ModifyVpcAttributeCommand({ VpcId: C.appVpc.id, EnableDnsHostnames: { Value: false } }),
      );
    },
    broken: {
      link: 'dns',
      prerequisite: 'vpc-dns-attributes',
      answer: 'private hosted zone names do not resolve',
      fix: 'enableDnsHostnames to true',
    },
  },
  {
    name: 'the VPC’s own DNS servers do not forward the domain to the Route 53 Resolver (the operator says)',
    ...consumerCall,
    question: { ...CONSUMER_CALL, dns: 'custom', resolver: '0' },
    broken: { link: 'dns', prerequisite: 'custom-resolver', answer: 'NXDOMAIN', fix: 'conditional forwarder' },
  },
  {
    name: 'private DNS off on the endpoint (default execute-api name)',
    ...providerCall,
    breakIt: modifyEndpoint(PROVIDER.account, { VpcEndpointId: P.vpceId, PrivateDnsEnabled: false }),
    broken: { link: 'dns', prerequisite: 'private-dns', answer: '403 Forbidden', fix: 'PrivateDnsEnabled=true' },
  },
  {
    name: 'the endpoint was deleted (called by its own name with a Host header, A2)',
    ...providerCall,
    form: 'A2',
    breakIt: deleteEndpoint(PROVIDER.account, P.vpceId),
    broken: {
      link: 'endpoint',
      prerequisite: 'vpce-available',
      answer: 'TCP connect timeout',
      fix: 'Create an interface VPC endpoint',
    },
  },
  {
    name: 'domain in STRICT endpoint access mode, called through the endpoint’s own name (B2)',
    ...consumerCall,
    form: 'B2',
    breakIt: patchSharedDomain('/endpointAccessMode', 'STRICT'),
    broken: { link: 'tls', prerequisite: 'access-mode', answer: 'SNI', fix: 'endpointAccessMode to BASIC' },
  },
  {
    name: 'the domain’s certificate expired (ACM never renewed it)',
    ...consumerCall,
    // The demo's certificates are valid for 395 days from the seed; ACM reports EXPIRED by the emulator's clock.
    breakIt: (endpoint) => advanceClock(endpoint, 400 * 24 * 3600),
    broken: {
      link: 'tls',
      prerequisite: 'domain-certificate',
      answer: 'certificate has expired',
      fix: 'UpdateDomainName, replace /certificateArn',
    },
  },
  {
    name: 'the endpoint-specific alias of an API the endpoint is no longer associated with (A4, every stage redeployed)',
    ...providerCall,
    form: 'A4',
    // The alias lives as long as any deployed stage lists the endpoint: both stages are redeployed.
    breakIt: async (endpoint) => {
      await patchOrdersApi(
        [{ op: 'remove', path: '/endpointConfiguration/vpcEndpointIds', value: P.vpceId }],
        true,
      )(endpoint);
      await apiGateway(endpoint, PROVIDER.account).send(
        new CreateDeploymentCommand({ restApiId: orders, stageName: 'staging' }),
      );
    },
    broken: { link: 'dns', prerequisite: 'vpce-associated', answer: '403 Forbidden', fix: 'vpcEndpointIds' },
  },
  {
    name: 'a REGIONAL (public) API called through the VPC endpoint',
    ...providerCall,
    question: { ...PROVIDER_API_CALL, api: P.apis.publicStatus.id, path: '/status' },
    broken: {
      link: 'tls',
      prerequisite: 'api-private',
      answer: '{"message":"Forbidden"}',
      fix: 'public invoke URL',
    },
  },
  {
    name: 'default execute-api endpoint disabled on the API',
    ...providerCall,
    breakIt: patchOrdersApi([{ op: 'replace', path: '/disableExecuteApiEndpoint', value: 'true' }], true),
    broken: {
      link: 'tls',
      prerequisite: 'execute-api-endpoint',
      answer: '403 Forbidden',
      fix: 'disableExecuteApiEndpoint to false',
    },
  },
  {
    name: 'endpoint policy denies execute-api:Invoke',
    ...consumerCall,
    breakIt: modifyEndpoint(CONSUMER.account, { VpcEndpointId: C.appVpceId, PolicyDocument: DENY_INVOKE }),
    broken: {
      link: 'endpoint-policy',
      prerequisite: 'endpoint-policy',
      answer: 'no VPC endpoint policy allows',
      fix: `ModifyVpcEndpoint on ${C.appVpceId}`,
    },
  },
  {
    name: 'access association missing',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await apiGateway(endpoint, CONSUMER.account).send(
        new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: C.appDnaaArn }),
      );
    },
    broken: {
      link: 'access-association',
      prerequisite: 'access-association',
      answer: '403 Forbidden',
      fix: 'CreateDomainNameAccessAssociation',
    },
  },
  {
    name: 'access association rejected by the provider',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await apiGateway(endpoint, PROVIDER.account).send(
        new RejectDomainNameAccessAssociationCommand({
          domainNameAccessAssociationArn: C.appDnaaArn,
          domainNameArn: shared.arn,
        }),
      );
    },
    broken: {
      link: 'access-association',
      prerequisite: 'association-rejected',
      answer: '403 Forbidden',
      fix: 'deletes the rejected association',
    },
  },
  {
    name: 'RAM invitation pending',
    ...consumerCall,
    question: PENDING_DOMAIN_CALL,
    broken: {
      link: 'ram-share',
      prerequisite: 'ram-invitation',
      answer: '403 Forbidden',
      fix: 'AcceptResourceShareInvitation',
    },
  },
  {
    name: 'RAM invitation expired (12 hours later)',
    ...consumerCall,
    question: PENDING_DOMAIN_CALL,
    breakIt: (endpoint) => advanceClock(endpoint, 13 * 3600),
    broken: { link: 'ram-share', prerequisite: 'ram-share', answer: '403 Forbidden', fix: 'accepts within 12 hours' },
  },
  {
    name: 'domain never shared with the endpoint’s account',
    ...consumerCall,
    as: 'outsider',
    question: { ...CONSUMER_CALL, vpce: OUTSIDER['us-east-1'].vpceId },
    broken: { link: 'ram-share', prerequisite: 'ram-share', answer: '403 Forbidden', fix: 'managementPolicy grant' },
  },
  {
    name: 'the provider stopped sharing (consumer removed from the RAM share: its managementPolicy grant is gone)',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await new RAMClient(sdkConfig(endpoint, PROVIDER.account)).send(
        new DisassociateResourceShareCommand({
          resourceShareArn: P.shares.active.arn,
          principals: [CONSUMER.account],
        }),
      );
    },
    broken: { link: 'ram-share', prerequisite: 'ram-share', answer: '403 Forbidden', fix: 'managementPolicy grant' },
  },
  {
    name: 'domain policy does not allow the endpoint',
    ...consumerCall,
    breakIt: patchSharedDomain('/policy', allowOnlyFromEndpoints([P.vpceId])),
    broken: {
      link: 'domain-policy',
      prerequisite: 'domain-policy',
      answer: 'explicit deny',
      fix: `Allow aws:SourceVpce ${C.appVpceId} in the domain's invoke policy`,
    },
  },
  {
    name: 'base path mapping missing',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await apiGateway(endpoint, PROVIDER.account).send(
        new DeleteBasePathMappingCommand({ domainName: shared.name, domainNameId: shared.id, basePath: 'orders' }),
      );
    },
    broken: {
      link: 'base-path-mapping',
      prerequisite: 'base-path-mapping',
      answer: 'no base path mapping matches',
      fix: 'Create a base path mapping "orders"',
    },
  },
  {
    name: 'the call names a stage the API does not have',
    ...providerCall,
    question: { ...PROVIDER_API_CALL, stage: 'beta' },
    broken: {
      link: 'stage-deployed',
      prerequisite: 'stage-deployed',
      answer: 'Missing Authentication Token',
      fix: 'CreateDeployment',
    },
  },
  {
    name: 'API policy fixed to allow the consumer, the stage not deployed since',
    ...consumerCall,
    breakIt: async (endpoint) => {
      await ordersPolicy([P.vpceId], true)(endpoint);
      await ordersPolicy([P.vpceId, C.appVpceId, C.analyticsVpceId], false)(endpoint);
    },
    broken: {
      link: 'stage-deployed',
      prerequisite: 'changes-deployed',
      answer: 'is not authorized to perform: execute-api:Invoke',
      fix: 'Redeploy the API',
    },
  },
  {
    name: 'mapped API policy does not allow the consumer’s endpoint (deployed)',
    ...consumerCall,
    breakIt: ordersPolicy([P.vpceId], true),
    broken: {
      link: 'api-policy',
      prerequisite: 'mapped-api-policy',
      answer: 'AccessDeniedException',
      fix: `Allow aws:SourceVpce ${C.appVpceId}`,
    },
  },
  {
    name: 'API policy does not allow the provider’s own endpoint (deployed)',
    ...providerCall,
    breakIt: ordersPolicy([C.appVpceId], true),
    broken: {
      link: 'api-policy',
      prerequisite: 'api-policy',
      answer: 'with an explicit deny',
      fix: `Allow aws:SourceVpce ${P.vpceId}`,
    },
  },
  {
    name: 'method authorization AWS_IAM, the client does not sign',
    ...consumerCall,
    question: { ...CONSUMER_CALL, path: '/orders/export' },
    signed: false,
    broken: {
      link: 'method-authorization',
      prerequisite: 'iam-identity',
      answer: 'MissingAuthenticationTokenException',
      fix: 'Sign every request with SigV4',
    },
  },
  {
    name: 'a browser page on an origin the preflight does not allow',
    ...consumerCall,
    question: { ...BROWSER_SEARCH, origin: 'https://checkout.example.com' },
    broken: {
      link: 'cors',
      prerequisite: 'cors-preflight',
      answer: 'CORS error',
      fix: 'Access-Control-Allow-Origin: https://checkout.example.com',
    },
  },
];
