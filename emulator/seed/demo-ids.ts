/**
 * Deterministic identifiers of the `demo` seed. End-to-end tests, the console team and the seed itself
 * import these; changing one is a breaking change for every consumer.
 *
 * Story: the provider (111111111111) runs private APIs behind private custom domains in us-east-1 and
 * shares one of them with the consumer (222222222222) through RAM. The outsider (333333333333) never
 * shared anything but owns a private domain with the same *name* as the provider's, which shows that
 * names are not identifiers.
 */

export const ACCOUNTS = {
  provider: '111111111111',
  consumer: '222222222222',
  outsider: '333333333333',
} as const;

export const REGIONS = { primary: 'us-east-1', secondary: 'eu-west-1' } as const;

export const EXECUTE_API_SERVICE = {
  'us-east-1': 'com.amazonaws.us-east-1.execute-api',
  'eu-west-1': 'com.amazonaws.eu-west-1.execute-api',
} as const;

/** Hosted zone ids of the public `*.vpce.amazonaws.com` names (what consumer alias records must target). */
export { VPCE_PUBLIC_HOSTED_ZONE_IDS } from '../services/ec2/endpoint-services';

export const RAM_DOMAIN_PERMISSION_ARN =
  'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';

interface DomainIds {
  name: string;
  id: string;
  arn: string;
}

function privateDomain(region: string, account: string, name: string, id: string): DomainIds {
  return { name, id, arn: `arn:aws:apigateway:${region}:${account}:/domainnames/${name}+${id}` };
}

export function dnaaArn(consumerAccount: string, region: string, domain: DomainIds, vpceId: string): string {
  return `arn:aws:apigateway:${region}:${consumerAccount}:/domainnameaccessassociations/domainname/${domain.name}+${domain.id}/vpcesource/${vpceId}`;
}

const P = ACCOUNTS.provider;
const C = ACCOUNTS.consumer;
const O = ACCOUNTS.outsider;

const providerDomains = {
  /** Mapped (orders, payments), shared with the consumer (accepted), consumer DNAA + PHZ + alias in place. */
  shared: privateDomain('us-east-1', P, 'api.internal.example.com', 'k3x9q2ab'),
  /** Mapped (partner-catalog at `(none)`), shared to the consumer; invitation still PENDING. */
  pendingShare: privateDomain('us-east-1', P, 'partners.internal.example.com', 'p7m4d1zc'),
  /** Mapped (inventory) but its `policy` is still the deny-all default; ECDSA certificate. */
  denyAll: privateDomain('us-east-1', P, 'inventory.internal.example.com', 'v2n8c5re'),
};

export const PROVIDER = {
  account: P,
  'us-east-1': {
    vpc: { id: 'vpc-0a11c0de5e7100001', name: 'shared-services-vpc', cidr: '10.10.0.0/16' },
    subnets: [
      { id: 'subnet-0a11c0de5e7100a01', az: 'us-east-1a', cidr: '10.10.1.0/24', name: 'shared-services-private-a' },
      { id: 'subnet-0a11c0de5e7100b02', az: 'us-east-1b', cidr: '10.10.2.0/24', name: 'shared-services-private-b' },
    ],
    securityGroup: { id: 'sg-0a11c0de5e7100443', name: 'execute-api-endpoint-https' },
    /** execute-api interface endpoint, private DNS ON. */
    vpceId: 'vpce-0a11c0de5e71000e1',
    /** S3 gateway endpoint, there to show the service-name / vpc-endpoint-type filters doing their job. */
    s3GatewayEndpointId: 'vpce-0a11c0de5e7100053',
    apis: {
      orders: { id: 'k7x2m9p4qa', name: 'orders-api', stages: ['prod', 'staging'] },
      payments: { id: 'r3t8w1n6zb', name: 'payments-api', stages: ['prod'] },
      inventory: { id: 'h5j2c8v4ld', name: 'inventory-api', stages: ['prod'] },
      partnerCatalog: { id: 'f9g3s7d2ke', name: 'partner-catalog-api', stages: ['v1'] },
      /** REGIONAL (public) API: must be filtered out of every private-API list. */
      publicStatus: { id: 'u4y6i8o0pm', name: 'public-status-api', stages: ['prod'] },
    },
    certificates: {
      /** RSA-2048 wildcard, AMAZON_ISSUED, ISSUED; used by the shared and pending-share domains. */
      wildcardRsa: 'arn:aws:acm:us-east-1:111111111111:certificate/3f0c1a2b-4d5e-4f60-8a71-92b3c4d5e6f7',
      /** EC_prime256v1, ISSUED; hidden by ListCertificates unless Includes.keyTypes asks for EC keys. */
      inventoryEcdsa: 'arn:aws:acm:us-east-1:111111111111:certificate/7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e',
      /** IMPORTED, EXPIRED: must not be offered when creating a domain. */
      legacyExpired: 'arn:aws:acm:us-east-1:111111111111:certificate/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      /** AMAZON_ISSUED, PENDING_VALIDATION (DNS validation record never created): also not offered. */
      reportsPending: 'arn:aws:acm:us-east-1:111111111111:certificate/d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a',
    },
    domains: providerDomains,
    shares: {
      /** ACTIVE, consumer invitation ACCEPTED; resource = domains.shared. */
      active: {
        name: 'internal-apis-consumer-share',
        arn: 'arn:aws:ram:us-east-1:111111111111:resource-share/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
        invitationArn:
          'arn:aws:ram:us-east-1:111111111111:resource-share-invitation/0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
      },
      /** Invitation to the consumer still PENDING (fresh 12 h at seed time); resource = domains.pendingShare. */
      pending: {
        name: 'partner-apis-share',
        arn: 'arn:aws:ram:us-east-1:111111111111:resource-share/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        invitationArn:
          'arn:aws:ram:us-east-1:111111111111:resource-share-invitation/6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
      },
    },
    /** Provider consuming its own domain: own DNAA + PHZ so same-account invocation works too. */
    ownDnaaArn: dnaaArn(P, 'us-east-1', providerDomains.shared, 'vpce-0a11c0de5e71000e1'),
    privateHostedZoneId: 'Z0A11C0DE5E7100PHZ01',
  },
  'eu-west-1': {
    vpc: { id: 'vpc-0e11c0de5e7100001', name: 'shared-services-eu-vpc', cidr: '10.20.0.0/16' },
    subnets: [
      { id: 'subnet-0e11c0de5e7100a01', az: 'eu-west-1a', cidr: '10.20.1.0/24', name: 'shared-services-eu-private-a' },
      { id: 'subnet-0e11c0de5e7100b02', az: 'eu-west-1b', cidr: '10.20.2.0/24', name: 'shared-services-eu-private-b' },
    ],
    securityGroup: { id: 'sg-0e11c0de5e7100443', name: 'execute-api-endpoint-https' },
    vpceId: 'vpce-0e11c0de5e71000e1',
    apis: { ordersEu: { id: 'e2u4r6o8pw', name: 'orders-eu-api', stages: ['prod'] } },
    certificates: {
      wildcardRsa: 'arn:aws:acm:eu-west-1:111111111111:certificate/a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d',
    },
  },
} as const;

const consumerDomain = providerDomains.shared;

export const CONSUMER = {
  account: C,
  'us-east-1': {
    /** App VPC: DNS attributes on, VPCE with private DNS ON, allowed in the provider's domain policy. */
    appVpc: { id: 'vpc-0c22c0de5e7200001', name: 'checkout-app-vpc', cidr: '10.30.0.0/16' },
    appSubnets: [
      { id: 'subnet-0c22c0de5e7200a01', az: 'us-east-1a', cidr: '10.30.1.0/24', name: 'checkout-app-private-a' },
      { id: 'subnet-0c22c0de5e7200b02', az: 'us-east-1b', cidr: '10.30.2.0/24', name: 'checkout-app-private-b' },
    ],
    appSecurityGroup: { id: 'sg-0c22c0de5e7200443', name: 'checkout-execute-api-endpoint' },
    appVpceId: 'vpce-0c22c0de5e72000e1',
    /** Analytics VPC: enableDnsHostnames false, VPCE with private DNS OFF, NOT yet in the domain policy. */
    analyticsVpc: { id: 'vpc-0c22c0de5e7200002', name: 'analytics-vpc', cidr: '10.31.0.0/16' },
    analyticsSubnets: [
      { id: 'subnet-0c22c0de5e7201a01', az: 'us-east-1a', cidr: '10.31.1.0/24', name: 'analytics-private-a' },
      { id: 'subnet-0c22c0de5e7201b02', az: 'us-east-1b', cidr: '10.31.2.0/24', name: 'analytics-private-b' },
    ],
    analyticsSecurityGroup: { id: 'sg-0c22c0de5e7201443', name: 'analytics-execute-api-endpoint' },
    analyticsVpceId: 'vpce-0c22c0de5e72000e2',
    /** DNAA app VPCE -> shared domain: allowed, working. */
    appDnaaArn: dnaaArn(C, 'us-east-1', consumerDomain, 'vpce-0c22c0de5e72000e1'),
    /** DNAA analytics VPCE -> shared domain: the provider's "waiting for policy update" case. */
    analyticsDnaaArn: dnaaArn(C, 'us-east-1', consumerDomain, 'vpce-0c22c0de5e72000e2'),
    /** PHZ `api.internal.example.com` on the app VPC with an alias A record to the app VPCE. */
    privateHostedZoneId: 'Z0C22C0DE5E7200PHZ01',
  },
} as const;

export const OUTSIDER = {
  account: O,
  'us-east-1': {
    vpc: { id: 'vpc-0f33c0de5e7300001', name: 'sandbox-vpc', cidr: '10.40.0.0/16' },
    subnets: [
      { id: 'subnet-0f33c0de5e7300a01', az: 'us-east-1a', cidr: '10.40.1.0/24', name: 'sandbox-private-a' },
      { id: 'subnet-0f33c0de5e7300b02', az: 'us-east-1c', cidr: '10.40.3.0/24', name: 'sandbox-private-c' },
    ],
    securityGroup: { id: 'sg-0f33c0de5e7300443', name: 'sandbox-execute-api-endpoint' },
    vpceId: 'vpce-0f33c0de5e73000e1',
    apis: { sandbox: { id: 'x1c3v5b7nm', name: 'sandbox-api', stages: ['dev'] } },
    certificates: {
      wildcardRsa: 'arn:aws:acm:us-east-1:333333333333:certificate/e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b0',
    },
    /** Same NAME as the provider's shared domain, different account and id: names are not identifiers. */
    sameNameDomain: privateDomain('us-east-1', O, 'api.internal.example.com', 'q9w8e7r6'),
  },
} as const;
