import { describe, expect, it } from 'vitest';
import { providerRequest } from './provider-message';
import { DOMAIN_ARN } from './test-fixtures';

const ASSOC =
  'arn:aws:apigateway:us-east-1:222222222222:/domainnameaccessassociations/domainname/api.internal.example.com+k3x9q2ab/vpcesource/vpce-0c22c0de5e72000e2';

describe('providerRequest', () => {
  it('names the endpoint, the domain and both policies, and says what happens until they act', () => {
    const r = providerRequest({
      consumerAccountId: '222222222222',
      domainNameArn: DOMAIN_ARN,
      endpoints: [{ vpceId: 'vpce-0c22c0de5e72000e2', vpcId: 'vpc-0c22c0de5e7200002', associationArn: ASSOC }],
    });
    expect(r.tasks).toHaveLength(3);
    expect(r.tasks[0]).toContain(
      'arn:aws:execute-api:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab',
    );
    expect(r.tasks[1]).toMatch(/resource policy of every API mapped.*redeploy/);
    expect(r.message).toContain('Account 222222222222 has associated this VPC endpoint');
    expect(r.message).toContain('vpce-0c22c0de5e72000e2 (VPC vpc-0c22c0de5e7200002)');
    expect(r.message).toContain(ASSOC);
    expect(r.message).toContain('403 Forbidden');
  });

  it('speaks in plural for several endpoints', () => {
    const r = providerRequest({
      consumerAccountId: '222222222222',
      domainNameArn: DOMAIN_ARN,
      endpoints: [
        { vpceId: 'vpce-0000000000000000a', associationArn: 'a' },
        { vpceId: 'vpce-0000000000000000b', associationArn: 'b' },
      ],
    });
    expect(r.tasks[0]).toContain('vpce-0000000000000000a, vpce-0000000000000000b');
    expect(r.message).toContain('these VPC endpoints');
  });

  it('refuses to write a message with nothing to ask', () => {
    expect(() =>
      providerRequest({ consumerAccountId: '222222222222', domainNameArn: DOMAIN_ARN, endpoints: [] }),
    ).toThrow(/No associated endpoint/);
    expect(() =>
      providerRequest({
        consumerAccountId: '222222222222',
        domainNameArn: 'nope',
        endpoints: [{ vpceId: 'vpce-0000000000000000a', associationArn: 'a' }],
      }),
    ).toThrow(/Not a private domain ARN/);
  });
});
