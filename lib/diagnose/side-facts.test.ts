import { describe, expect, it } from 'vitest';
import { met, notMet } from '@/lib/invoke/checks/prereq';
import { associationSeenByProvider, undecidableByVpc, unreadableEndpointSide } from './side-facts';

const VPCE = 'vpce-0d44c0de5e74000e1';
const CLIENT = '444444444444';
const DOMAIN = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab';
const byVpc = (vpc: string) =>
  JSON.stringify({ Statement: [{ Effect: 'Allow', Condition: { StringEquals: { 'aws:SourceVpc': vpc } } }] });
const byVpce = JSON.stringify({
  Statement: [{ Effect: 'Allow', Condition: { StringEquals: { 'aws:SourceVpce': VPCE } } }],
});

describe('reading a call without the endpoint owner’s credentials', () => {
  it('turns an endpoint-side prerequisite into an unknown that says whom to ask', () => {
    const p = unreadableEndpointSide(notMet('dns-record', 'Record', 'none', 'Create it', 'NXDOMAIN'), CLIENT, VPCE);
    expect(p).toMatchObject({ id: 'dns-record', status: 'unknown', fix: 'Create it', symptom: 'NXDOMAIN' });
    expect(p.askProvider).toContain(`Ask account ${CLIENT}`);
  });

  it.each([
    {
      listed: true,
      want: [
        ['access-association', 'met'],
        ['same-name-domain', 'met'],
      ],
    },
    { listed: false, want: [['access-association', 'not-met']] },
  ])('an association the provider lists: $listed', ({ listed, want }) => {
    const got = associationSeenByProvider({ listed, vpceId: VPCE, domainNameArn: DOMAIN, clientAccountId: CLIENT });
    expect(got.map((p) => [p.id, p.status])).toEqual(want);
  });

  it.each([
    { name: 'a policy on aws:SourceVpc', policies: [byVpce, byVpc('vpc-1')], want: ['domain-policy', 'api-policy'] },
    { name: 'policies on aws:SourceVpce only', policies: [byVpce, null, undefined], want: [] },
  ])('$name: policy prerequisites the VPC decides', ({ policies, want }) => {
    const prerequisites = [
      met('domain-policy', 'Domain policy', 'allowed'),
      notMet('api-policy', 'API policy', 'denied', 'Allow it', '403'),
      met('base-path-mapping', 'Mapping', 'mapped'),
    ];
    const got = undecidableByVpc(prerequisites, policies, CLIENT, VPCE);
    expect(got.map((p) => p.id)).toEqual(want);
    expect(got.every((p) => p.status === 'unknown')).toBe(true);
  });
});
