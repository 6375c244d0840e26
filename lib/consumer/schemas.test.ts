import { describe, expect, it } from 'vitest';
import {
  createAssociationSchema,
  createDnsRecordSchema,
  invitationDecisionSchema,
  leaveDomainSchema,
  fixVpcDnsSchema,
} from './schemas';

const DOMAIN = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab';
const ASSOC =
  'arn:aws:apigateway:us-east-1:222222222222:/domainnameaccessassociations/domainname/api.internal.example.com+k3x9q2ab/vpcesource/vpce-0c22c0de5e72000e1';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  // First message per field, as the action guard reports it.
  const out: Record<string, string> = {};
  for (const i of result.error?.issues ?? []) out[i.path.join('.')] ??= i.message;
  return out;
}

describe('createAssociationSchema', () => {
  it('accepts a private domain ARN and an endpoint id, trimming blanks', () => {
    const r = createAssociationSchema.safeParse({
      domainNameArn: ` ${DOMAIN} `,
      vpcEndpointId: 'vpce-0c22c0de5e72000e1',
    });
    expect(r.success && r.data.domainNameArn).toBe(DOMAIN);
  });

  it('names the field and tells how a private ARN differs from a public one', () => {
    const r = createAssociationSchema.safeParse({
      domainNameArn: 'arn:aws:apigateway:us-east-1::/domainnames/api.example.com',
      vpcEndpointId: 'vpce-0c22c0de5e72000e1',
    });
    expect(issues(r).domainNameArn).toMatch(/public custom domain.*\+domainNameId/);
  });

  it('rejects garbage and an empty endpoint with separate field messages', () => {
    const r = createAssociationSchema.safeParse({ domainNameArn: 'api.internal.example.com', vpcEndpointId: '' });
    expect(issues(r).domainNameArn).toMatch(/Not a private custom domain ARN/);
    expect(issues(r).vpcEndpointId).toMatch(/Pick one of your/);
  });

  it('rejects malformed endpoint ids', () => {
    for (const id of ['vpce-XYZ', 'vpc-0c22c0de5e72000e1', 'vpce-0c22c0de5e72000e1;rm']) {
      expect(createAssociationSchema.safeParse({ domainNameArn: DOMAIN, vpcEndpointId: id }).success).toBe(false);
    }
  });
});

describe('createDnsRecordSchema', () => {
  it('strips /hostedzone/ and accepts "new"', () => {
    const a = createDnsRecordSchema.parse({
      domainNameArn: DOMAIN,
      vpcEndpointId: 'vpce-0c22c0de5e72000e1',
      hostedZone: '/hostedzone/Z0C22C0DE5E7200PHZ01',
    });
    expect(a.hostedZone).toBe('Z0C22C0DE5E7200PHZ01');
    expect(
      createDnsRecordSchema.parse({ domainNameArn: DOMAIN, vpcEndpointId: 'vpce-0c22c0de5e72000e1', hostedZone: 'new' })
        .hostedZone,
    ).toBe('new');
  });

  it('requires a zone choice', () => {
    const r = createDnsRecordSchema.safeParse({
      domainNameArn: DOMAIN,
      vpcEndpointId: 'vpce-0c22c0de5e72000e1',
      hostedZone: '',
    });
    expect(issues(r).hostedZone).toMatch(/Pick a private hosted zone/);
    expect(
      createDnsRecordSchema.safeParse({
        domainNameArn: DOMAIN,
        vpcEndpointId: 'vpce-0c22c0de5e72000e1',
        hostedZone: 'example.com',
      }).success,
    ).toBe(false);
  });
});

describe('leaveDomainSchema', () => {
  it('accepts an association of the same domain', () => {
    expect(
      leaveDomainSchema.safeParse({ domainNameArn: DOMAIN, associationArn: ASSOC, deleteDnsRecords: true }).success,
    ).toBe(true);
  });

  it('refuses an association of a same-named domain with another id', () => {
    const other = ASSOC.replace('+k3x9q2ab', '+q9w8e7r6');
    expect(
      issues(leaveDomainSchema.safeParse({ domainNameArn: DOMAIN, associationArn: other, deleteDnsRecords: false }))
        .associationArn,
    ).toMatch(/another domain/);
  });

  it('requires the checkbox value to be a boolean', () => {
    expect(
      leaveDomainSchema.safeParse({ domainNameArn: DOMAIN, associationArn: ASSOC, deleteDnsRecords: 'yes' }).success,
    ).toBe(false);
  });
});

describe('small schemas', () => {
  it('checks invitation ARNs and VPC ids', () => {
    expect(
      invitationDecisionSchema.safeParse({
        invitationArn:
          'arn:aws:ram:us-east-1:111111111111:resource-share-invitation/6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
      }).success,
    ).toBe(true);
    expect(
      invitationDecisionSchema.safeParse({
        invitationArn: 'arn:aws:ram:us-east-1:111111111111:resource-share/6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
      }).success,
    ).toBe(false);
    expect(fixVpcDnsSchema.safeParse({ vpcId: 'vpc-0c22c0de5e7200002' }).success).toBe(true);
    expect(fixVpcDnsSchema.safeParse({ vpcId: 'vpce-0c22c0de5e7200002' }).success).toBe(false);
  });
});
