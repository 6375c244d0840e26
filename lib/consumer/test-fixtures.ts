import type { VpcEndpointInfo } from '@/lib/invoke/types';

export const DOMAIN_ARN = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab';
export const SAME_NAME_ARN = 'arn:aws:apigateway:us-east-1:333333333333:/domainnames/api.internal.example.com+q9w8e7r6';
export const OTHER_NAME_ARN =
  'arn:aws:apigateway:us-east-1:111111111111:/domainnames/partners.internal.example.com+p7m4d1zc';
export const ZONE_ID = 'Z7HUB22UULQXV';

export function endpoint(id: string, overrides: Partial<VpcEndpointInfo> = {}): VpcEndpointInfo {
  return {
    id,
    vpcId: 'vpc-0c22c0de5e7200001',
    ownerAccountId: '222222222222',
    privateDnsEnabled: true,
    ipAddressType: 'ipv4',
    state: 'available',
    dnsEntries: [
      { dnsName: `${id}-abcd1234.execute-api.us-east-1.vpce.amazonaws.com`, hostedZoneId: ZONE_ID },
      { dnsName: `${id}-abcd1234-us-east-1a.execute-api.us-east-1.vpce.amazonaws.com`, hostedZoneId: ZONE_ID },
      { dnsName: '*.execute-api.us-east-1.amazonaws.com', hostedZoneId: 'ZPRIVATE' },
    ],
    ...overrides,
  };
}
