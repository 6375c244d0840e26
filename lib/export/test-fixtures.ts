import { apiResourcePolicy, domainInvokePolicy } from '@/lib/policies';
import type { ConsumerExport, ProviderExport } from './model';

/** Models covering every branch of the generators, for the format checks. */

const sources = { vpceIds: ['vpce-0123456789abcdef0'], vpcIds: ['vpc-0fedcba9876543210'] };

export const planExport: ProviderExport = {
  kind: 'provider',
  origin: 'plan',
  region: 'us-east-1',
  accountId: '111111111111',
  domain: {
    domainName: 'orders.internal.example.com',
    certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/0f3c0a43-9a8e-4b7e-9f55-1c2d3e4f5a6b',
    securityPolicy: 'TLS_1_2',
    policy: domainInvokePolicy('execute-api:/*', sources),
  },
  mappings: [
    { basePath: 'orders', restApiId: 'a1b2c3d4e5', apiName: 'Orders API', stage: 'prod' },
    { basePath: '(none)', restApiId: 'f6g7h8i9j0', apiName: 'Status API', stage: 'v1' },
  ],
  apiPolicies: [
    { restApiId: 'a1b2c3d4e5', apiName: 'Orders API', policy: apiResourcePolicy(sources), redeployStages: ['prod'] },
  ],
  sharing: { kind: 'ram-new', shareName: 'orders-domain', principals: ['222222222222', '333333333333'] },
  ownAssociations: [],
  otherAssociations: [],
  notes: ['Status API stage v1 keeps its old policy until it is redeployed (API detail page → Redeploy).'],
};

export const existingExport: ProviderExport = {
  ...planExport,
  origin: 'existing',
  domain: {
    ...planExport.domain,
    securityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06',
    endpointAccessMode: 'STRICT',
    policy: undefined,
  },
  apiPolicies: [],
  sharing: { kind: 'management-policy', principals: ['222222222222'] },
  ownAssociations: ['vpce-0aaaaaaaaaaaaaaa1', 'vpce-0aaaaaaaaaaaaaaa2'],
  otherAssociations: [
    {
      arn: 'arn:aws:apigateway:us-east-1:222222222222:/domainnameaccessassociations/domainname/orders.internal.example.com+abc123/vpcesource/vpce-0bbbbbbbbbbbbbbb1',
      vpceId: 'vpce-0bbbbbbbbbbbbbbb1',
      accountId: '222222222222',
    },
  ],
  notes: [],
};

export const existingShareExport: ProviderExport = {
  ...planExport,
  sharing: {
    kind: 'ram-existing',
    shareArn: 'arn:aws:ram:us-east-1:111111111111:resource-share/7ab63972-b505-4c8c-9a3e-1f2e3d4c5b6a',
    principals: ['o-abcdef1234'],
  },
  ownAssociations: ['vpce-0aaaaaaaaaaaaaaa1'],
};

const aliasTarget = {
  dnsName: 'vpce-0123456789abcdef0-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com',
  hostedZoneId: 'Z7HUB22UULQXV',
  evaluateTargetHealth: false as const,
};

export const consumerExport: ConsumerExport = {
  kind: 'consumer',
  region: 'us-east-1',
  accountId: '222222222222',
  domain: {
    domainName: 'orders.internal.example.com',
    domainNameId: 'abc123',
    domainNameArn: 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/orders.internal.example.com+abc123',
    ownerAccountId: '111111111111',
  },
  endpoint: { vpceId: 'vpce-0123456789abcdef0', vpcId: 'vpc-0fedcba9876543210' },
  zone: { kind: 'new', name: 'orders.internal.example.com' },
  records: [
    { name: 'orders.internal.example.com', type: 'A', aliasTarget },
    { name: 'orders.internal.example.com', type: 'AAAA', aliasTarget },
  ],
  notes: [],
};

export const consumerExistingZoneExport: ConsumerExport = {
  ...consumerExport,
  zone: { kind: 'existing', id: 'Z0123456789ABCDEFGHIJ', name: 'internal.example.com' },
  records: [consumerExport.records[0]],
  notes: ['The provider has not shared the domain with this account yet: the association fails until it does.'],
};

export const ALL_MODELS = {
  plan: planExport,
  existing: existingExport,
  'existing-share': existingShareExport,
  consumer: consumerExport,
  'consumer-existing-zone': consumerExistingZoneExport,
};
