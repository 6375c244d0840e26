/** Test fixtures shaped like the demo seed (provider 111…, consumer 222…); used by the engine and snippet tests. */
import { apiResourcePolicy, domainInvokePolicy } from '../policies/generate';
import type {
  ClientSituation,
  CorsInfo,
  DnsRecordInfo,
  InvokeInput,
  PrivateDomainInfo,
  ReadRestApiInfo,
  RestApiInfo,
  VpcEndpointInfo,
} from './types';

export const REGION = 'us-east-1';
export const PROVIDER = '111111111111';
export const CONSUMER = '222222222222';
export const API_ID = 'a1b2c3d4e5';
export const VPCE_ID = 'vpce-0aaa1111bbbb22223';
export const VPC_ID = 'vpc-0123456789abcdef0';
export const CONSUMER_VPCE_ID = 'vpce-0eee5555ffff66667';
export const CONSUMER_VPC_ID = 'vpc-0fedcba9876543210';
export const VPCE_HOST = `${VPCE_ID}-r91kb8z0.execute-api.${REGION}.vpce.amazonaws.com`;
export const CONSUMER_VPCE_HOST = `${CONSUMER_VPCE_ID}-x7q2m4n1.execute-api.${REGION}.vpce.amazonaws.com`;
export const VPCE_ZONE = 'Z7HUB22UULQXV';
export const DOMAIN = 'api.internal.example';
export const DOMAIN_ID = 'k3x9q2ab';
export const DOMAIN_ARN = `arn:aws:apigateway:${REGION}:${PROVIDER}:/domainnames/${DOMAIN}+${DOMAIN_ID}`;
export const DOMAIN_EXEC_ARN = `arn:aws:execute-api:${REGION}:${PROVIDER}:/domainnames/${DOMAIN}+${DOMAIN_ID}`;

export function endpoint(over: Partial<VpcEndpointInfo> = {}, id = VPCE_ID, host = VPCE_HOST): VpcEndpointInfo {
  return {
    id,
    vpcId: VPC_ID,
    ownerAccountId: PROVIDER,
    privateDnsEnabled: true,
    ipAddressType: 'ipv4',
    state: 'available',
    dnsEntries: [
      { dnsName: host, hostedZoneId: VPCE_ZONE },
      { dnsName: host.replace('.execute-api', `-${REGION}a.execute-api`), hostedZoneId: VPCE_ZONE },
      { dnsName: host.replace('.execute-api', `-${REGION}b.execute-api`), hostedZoneId: VPCE_ZONE },
      { dnsName: `*.execute-api.${REGION}.amazonaws.com`, hostedZoneId: 'ZPRIVATE1' },
    ],
    ...over,
  };
}

export function consumerEndpoint(over: Partial<VpcEndpointInfo> = {}): VpcEndpointInfo {
  return endpoint({ vpcId: CONSUMER_VPC_ID, ownerAccountId: CONSUMER, ...over }, CONSUMER_VPCE_ID, CONSUMER_VPCE_HOST);
}

export function privateApi(over: Partial<ReadRestApiInfo> = {}): ReadRestApiInfo {
  return {
    id: API_ID,
    accountId: PROVIDER,
    region: REGION,
    endpointTypes: ['PRIVATE'],
    vpcEndpointIds: [],
    policy: JSON.stringify(apiResourcePolicy({ vpceIds: [VPCE_ID, CONSUMER_VPCE_ID] })),
    stages: [{ name: 'prod', deploymentId: 'dep123' }],
    ...over,
  };
}

export function apiInput(over: Partial<InvokeInput> = {}, api: RestApiInfo = privateApi()): InvokeInput {
  return {
    region: REGION,
    callerAccountId: PROVIDER,
    target: { kind: 'rest-api', api, stage: 'prod' },
    vpcEndpoints: [endpoint()],
    vpcs: [{ vpcId: VPC_ID, enableDnsSupport: true, enableDnsHostnames: true }],
    accessAssociations: [],
    dnsRecords: [],
    authorizationType: 'NONE',
    request: { method: 'GET', path: '/pets' },
    ...over,
  };
}

export function privateDomain(over: Partial<PrivateDomainInfo> = {}): PrivateDomainInfo {
  return {
    domainName: DOMAIN,
    domainNameId: DOMAIN_ID,
    domainNameArn: DOMAIN_ARN,
    ownerAccountId: PROVIDER,
    region: REGION,
    policy: JSON.stringify(domainInvokePolicy(DOMAIN_EXEC_ARN, { vpceIds: [VPCE_ID, CONSUMER_VPCE_ID] })),
    basePathMappings: [{ basePath: 'orders', restApiId: API_ID, stage: 'prod' }],
    status: 'AVAILABLE',
    securityPolicy: 'TLS_1_2',
    ...over,
  };
}

export function aliasRecord(vpcId: string, target: string, type = 'A'): DnsRecordInfo {
  return {
    name: `${DOMAIN}.`,
    type,
    zone: { id: 'ZPHZ1', name: `${DOMAIN}.`, privateZone: true, vpcIds: [vpcId] },
    aliasTarget: { dnsName: `${target}.`, hostedZoneId: VPCE_ZONE },
  };
}

/** Provider calling its own domain from its own VPC, everything configured. */
export function domainInput(
  over: Partial<InvokeInput> = {},
  domain: PrivateDomainInfo = privateDomain(),
  mappedApis = [privateApi()],
): InvokeInput {
  return apiInput({
    target: { kind: 'private-domain', domain, basePath: 'orders', mappedApis },
    accessAssociations: [{ domainNameArn: DOMAIN_ARN, vpceId: VPCE_ID }],
    dnsRecords: [aliasRecord(VPC_ID, VPCE_HOST)],
    ...over,
  });
}

/** Consumer account: sees only name, id and ARN of the provider's domain (docs/aws/cross-account.md#what-a-consumer-can-see). */
export function consumerDomainInput(over: Partial<InvokeInput> = {}): InvokeInput {
  const hidden = privateDomain({
    policy: undefined,
    basePathMappings: undefined,
    status: undefined,
    securityPolicy: undefined,
  });
  return apiInput({
    callerAccountId: CONSUMER,
    target: { kind: 'private-domain', domain: hidden, basePath: 'orders' },
    vpcEndpoints: [consumerEndpoint()],
    vpcs: [{ vpcId: CONSUMER_VPC_ID, enableDnsSupport: true, enableDnsHostnames: true }],
    accessAssociations: [{ domainNameArn: DOMAIN_ARN, vpceId: CONSUMER_VPCE_ID }],
    dnsRecords: [aliasRecord(CONSUMER_VPC_ID, CONSUMER_VPCE_HOST)],
    ...over,
  });
}

/**
 * Consumer account calling the provider's API by id through its own endpoint (no custom domain): `readable` when a
 * context of the provider read the API, else only id, owner and Region are known.
 */
export function consumerApiInput(api: RestApiInfo, over: Partial<InvokeInput> = {}): InvokeInput {
  return apiInput(
    {
      callerAccountId: CONSUMER,
      vpcEndpoints: [consumerEndpoint()],
      vpcs: [{ vpcId: CONSUMER_VPC_ID, enableDnsSupport: true, enableDnsHostnames: true }],
      methodAuthorization: { known: false },
      ...over,
    },
    api,
  );
}

/** The provider's API as a consumer without a provider context sees it. */
export function unreadableApi(): RestApiInfo {
  return { id: API_ID, accountId: PROVIDER, region: REGION, unreadable: true };
}

/** An API that answers every origin's preflight and response (the console could read it). */
export const CORS_OPEN: CorsInfo = {
  resourcePath: '/pets',
  preflight: {
    headers: {
      allowOrigin: '*',
      allowMethods: 'GET,POST,PUT,DELETE,OPTIONS',
      allowHeaders: 'Content-Type,Authorization,x-api-key',
    },
    authorizationType: 'NONE',
    apiKeyRequired: false,
  },
  actual: { allowOrigin: '*' },
  gatewayResponses: { default4xx: '*', default5xx: '*' },
};

export const inVpc: ClientSituation = { location: 'vpc', vpcId: VPC_ID, client: 'server' };
export const inConsumerVpc: ClientSituation = { location: 'vpc', vpcId: CONSUMER_VPC_ID, client: 'server' };
