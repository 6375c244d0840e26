import type { EmulatorState } from '../core/state';
import { createAccessAssociation } from '../services/apigateway/accessAssociations';
import { createBasePathMapping } from '../services/apigateway/basePathMappings';
import { createDomainName } from '../services/apigateway/domainNames';
import { createVpcEndpoint } from '../services/ec2/index';
import { acceptInvitation, createResourceShare, DOMAIN_PERMISSION_ARN } from '../services/ram/index';
import { ACCOUNTS, CONSUMER, OUTSIDER, PROVIDER } from './demo-ids';
import { seedDemoApis } from './demo-apis';
import { seedDemoCertificates } from './demo-certificates';
import { seedPrivateZoneAlias } from './seed-dns';
import { seedExecuteApiEndpoint, seedNetwork } from './seed-network';
import { allowOnlyFromEndpoints } from './seed-policies';

const DAY_MS = 86_400_000;
const US = 'us-east-1';
const EU = 'eu-west-1';
const P = PROVIDER[US];
const C = CONSUMER[US];
const O = OUTSIDER[US];

/**
 * The `demo` seed: everything a new user needs to understand private custom domains by clicking through
 * the console (story in demo-ids.ts). Ids come from demo-ids.ts; timestamps are spread over the past weeks
 * so lists look lived-in, except the pending invitation, which is fresh (12 h left).
 */
export function applyDemoSeed(state: EmulatorState, now: Date): void {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const endpoints = seedDemoNetworks(state, ago);
  seedDemoCertificates(state, now);
  const apis = seedDemoApis(state, ago(45));
  const domains = seedProviderDomains(state, apis, ago(20));
  seedSharing(state, domains, ago);
  seedAccessAndDns(state, domains, endpoints, ago(2));
  seedOutsiderDomain(state, apis, ago(10));
}

function seedDemoNetworks(state: EmulatorState, ago: (days: number) => Date) {
  const tags = { Environment: 'shared', Team: 'platform' };
  const providerNet = seedNetwork(state, ACCOUNTS.provider, US, { ...P, dnsHostnames: true, tags });
  const providerVpce = seedExecuteApiEndpoint(
    state,
    ACCOUNTS.provider,
    US,
    providerNet,
    { id: P.vpceId, name: 'shared-services-execute-api', privateDns: true },
    ago(60),
  );
  createVpcEndpoint(
    state,
    ACCOUNTS.provider,
    US,
    {
      vpcEndpointId: P.s3GatewayEndpointId,
      vpcId: providerNet.vpc.vpcId,
      serviceName: `com.amazonaws.${US}.s3`,
      tags: { Name: 'shared-services-s3' },
    },
    ago(60),
  );

  const euNet = seedNetwork(state, ACCOUNTS.provider, EU, { ...PROVIDER[EU], dnsHostnames: true, tags });
  seedExecuteApiEndpoint(
    state,
    ACCOUNTS.provider,
    EU,
    euNet,
    { id: PROVIDER[EU].vpceId, name: 'shared-services-eu-execute-api', privateDns: true },
    ago(40),
  );

  const appNet = seedNetwork(state, ACCOUNTS.consumer, US, {
    vpc: C.appVpc,
    subnets: C.appSubnets,
    securityGroup: C.appSecurityGroup,
    dnsHostnames: true,
    tags: { Environment: 'production', Team: 'checkout' },
  });
  const appVpce = seedExecuteApiEndpoint(
    state,
    ACCOUNTS.consumer,
    US,
    appNet,
    { id: C.appVpceId, name: 'checkout-execute-api', privateDns: true },
    ago(14),
  );
  // enableDnsHostnames stays off here, which is why this endpoint could only be created with private DNS off.
  const analyticsNet = seedNetwork(state, ACCOUNTS.consumer, US, {
    vpc: C.analyticsVpc,
    subnets: C.analyticsSubnets,
    securityGroup: C.analyticsSecurityGroup,
    dnsHostnames: false,
    tags: { Environment: 'production', Team: 'analytics' },
  });
  const analyticsVpce = seedExecuteApiEndpoint(
    state,
    ACCOUNTS.consumer,
    US,
    analyticsNet,
    { id: C.analyticsVpceId, name: 'analytics-execute-api', privateDns: false },
    ago(1),
  );

  const sandboxNet = seedNetwork(state, ACCOUNTS.outsider, US, {
    ...O,
    dnsHostnames: true,
    tags: { Environment: 'sandbox' },
  });
  seedExecuteApiEndpoint(
    state,
    ACCOUNTS.outsider,
    US,
    sandboxNet,
    { id: O.vpceId, name: 'sandbox-execute-api', privateDns: false },
    ago(30),
  );
  return { providerVpce, appVpce, analyticsVpce };
}

type DemoApis = ReturnType<typeof seedDemoApis>;

function seedProviderDomains(state: EmulatorState, apis: DemoApis, at: Date) {
  const certs = P.certificates;
  const tags = { Team: 'platform' };
  const shared = createDomainName(
    state,
    ACCOUNTS.provider,
    US,
    {
      domainName: P.domains.shared.name,
      certificateArn: certs.wildcardRsa,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      policy: allowOnlyFromEndpoints([P.vpceId, C.appVpceId]),
      tags,
    },
    at,
    { domainNameId: P.domains.shared.id },
  );
  createBasePathMapping(state, ACCOUNTS.provider, US, shared, {
    restApiId: apis.orders.id,
    basePath: 'orders',
    stage: 'prod',
  });
  createBasePathMapping(state, ACCOUNTS.provider, US, shared, {
    restApiId: apis.payments.id,
    basePath: 'payments',
    stage: 'prod',
  });

  const partners = createDomainName(
    state,
    ACCOUNTS.provider,
    US,
    {
      domainName: P.domains.pendingShare.name,
      certificateArn: certs.wildcardRsa,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      policy: allowOnlyFromEndpoints([P.vpceId]),
      tags,
    },
    at,
    { domainNameId: P.domains.pendingShare.id },
  );
  createBasePathMapping(state, ACCOUNTS.provider, US, partners, { restApiId: apis.partnerCatalog.id, stage: 'v1' });

  // No policy given: the domain keeps AWS's deny-all default, the "nothing works yet" case.
  const inventory = createDomainName(
    state,
    ACCOUNTS.provider,
    US,
    {
      domainName: P.domains.denyAll.name,
      certificateArn: certs.inventoryEcdsa,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      tags,
    },
    at,
    { domainNameId: P.domains.denyAll.id },
  );
  createBasePathMapping(state, ACCOUNTS.provider, US, inventory, { restApiId: apis.inventory.id, stage: 'prod' });
  return { shared, partners, inventory };
}

function seedSharing(
  state: EmulatorState,
  domains: ReturnType<typeof seedProviderDomains>,
  ago: (days: number) => Date,
) {
  const active = P.shares.active;
  createResourceShare(
    state,
    ACCOUNTS.provider,
    US,
    {
      name: active.name,
      resourceArns: [domains.shared.domainNameArn],
      principals: [ACCOUNTS.consumer],
      permissionArns: [DOMAIN_PERMISSION_ARN],
      tags: { Team: 'platform' },
      resourceShareArn: active.arn,
      invitationArns: { [ACCOUNTS.consumer]: active.invitationArn },
    },
    ago(3),
  );
  acceptInvitation(state, ACCOUNTS.consumer, US, active.invitationArn, new Date(ago(3).getTime() + 3_600_000));

  const pending = P.shares.pending;
  createResourceShare(
    state,
    ACCOUNTS.provider,
    US,
    {
      name: pending.name,
      resourceArns: [domains.partners.domainNameArn],
      principals: [ACCOUNTS.consumer],
      permissionArns: [DOMAIN_PERMISSION_ARN],
      tags: { Team: 'partnerships' },
      resourceShareArn: pending.arn,
      invitationArns: { [ACCOUNTS.consumer]: pending.invitationArn },
    },
    ago(0),
  );
}

function seedAccessAndDns(
  state: EmulatorState,
  domains: ReturnType<typeof seedProviderDomains>,
  endpoints: ReturnType<typeof seedDemoNetworks>,
  at: Date,
) {
  const associate = (account: string, vpceId: string) =>
    createAccessAssociation(
      state,
      account,
      US,
      {
        domainNameArn: domains.shared.domainNameArn,
        accessAssociationSourceType: 'VPCE',
        accessAssociationSource: vpceId,
      },
      at,
    );
  associate(ACCOUNTS.provider, P.vpceId);
  associate(ACCOUNTS.consumer, C.appVpceId);
  // The analytics endpoint is associated but not in the domain or API policies: the provider must act.
  associate(ACCOUNTS.consumer, C.analyticsVpceId);
  seedPrivateZoneAlias(
    state,
    ACCOUNTS.provider,
    { zoneId: P.privateHostedZoneId, domainName: P.domains.shared.name, vpce: endpoints.providerVpce },
    at,
  );
  seedPrivateZoneAlias(
    state,
    ACCOUNTS.consumer,
    { zoneId: C.privateHostedZoneId, domainName: P.domains.shared.name, vpce: endpoints.appVpce },
    at,
  );
}

function seedOutsiderDomain(state: EmulatorState, apis: DemoApis, at: Date) {
  const domain = createDomainName(
    state,
    ACCOUNTS.outsider,
    US,
    {
      domainName: O.sameNameDomain.name,
      certificateArn: O.certificates.wildcardRsa,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      policy: allowOnlyFromEndpoints([O.vpceId]),
    },
    at,
    { domainNameId: O.sameNameDomain.id },
  );
  createBasePathMapping(state, ACCOUNTS.outsider, US, domain, { restApiId: apis.sandbox.id, stage: 'dev' });
}
