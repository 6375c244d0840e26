import { describe, expect, it } from 'vitest';
import { remedyDescription, remedyFor, type RemedyFacts } from './remedy';

const domain = {
  domainName: 'api.example.com',
  domainNameId: 'abc123',
  domainNameArn: 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.example.com+abc123',
};
const all: RemedyFacts = {
  domain,
  vpceId: 'vpce-0123456789abcdef0',
  vpcId: 'vpc-0123456789abcdef0',
  invitationArn: 'arn:aws:ram:us-east-1:111111111111:resource-share-invitation/x',
  stage: { restApiId: 'a1b2c3d4e5', stage: 'prod' },
};

describe('remedyFor', () => {
  it.each([
    ['vpc-dns-attributes', 'enable-vpc-dns'],
    ['dns-record', 'create-dns-record'],
    ['access-association', 'create-association'],
    ['ram-invitation', 'accept-invitation'],
    ['domain-policy', 'allow-endpoint'],
    ['mapped-api-policy', 'allow-endpoint'],
    ['changes-deployed', 'redeploy'],
    ['association-rejected', undefined],
    ['ram-share', undefined],
    ['base-path-mapping', undefined],
    ['api-policy', undefined],
  ])('%s → %s', (prerequisite, kind) => {
    const remedy = remedyFor(prerequisite, all);
    expect(remedy?.kind).toBe(kind);
    if (remedy) expect(remedyDescription(remedy)).not.toBe('');
  });

  it('offers nothing when the diagnosis does not know the target', () => {
    expect(remedyFor('access-association', { vpceId: all.vpceId })).toBeUndefined();
    expect(remedyFor('changes-deployed', {})).toBeUndefined();
  });
});
