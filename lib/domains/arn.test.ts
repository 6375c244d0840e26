import { describe, expect, it } from 'vitest';
import {
  domainExecuteApiArn,
  domainOwnerAccount,
  formatAccessAssociationArn,
  formatDomainNameArn,
  parseAccessAssociationArn,
  parseDomainNameArn,
} from './arn';

const ref = {
  region: 'us-east-1',
  accountId: '111111111111',
  domainName: 'api.internal.example.com',
  domainNameId: 'k3x9q2ab',
};

describe('domain ARNs', () => {
  it('formats and parses the domainNameArn', () => {
    const arn = formatDomainNameArn(ref);
    expect(arn).toBe('arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab');
    expect(parseDomainNameArn(arn)).toEqual(ref);
  });

  it('uses the execute-api service for the invoke policy resource', () => {
    expect(domainExecuteApiArn(ref)).toBe(
      'arn:aws:execute-api:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab',
    );
  });

  it('rejects public domain ARNs, which have no account and no id', () => {
    expect(parseDomainNameArn('arn:aws:apigateway:us-east-1::/domainnames/api.example.com')).toBeUndefined();
    expect(domainOwnerAccount('arn:aws:apigateway:us-east-1::/domainnames/api.example.com')).toBeUndefined();
  });

  it('reads the owner account of a shared domain', () => {
    expect(domainOwnerAccount('arn:aws:apigateway:us-east-1:111111111111:/domainnames/x.example.com+abcd1234')).toBe(
      '111111111111',
    );
  });

  it('uses the partition of the Region', () => {
    expect(formatDomainNameArn({ ...ref, region: 'cn-north-1' })).toMatch(/^arn:aws-cn:apigateway:cn-north-1:/);
  });
});

describe('access association ARNs', () => {
  const dnaa = {
    region: 'us-east-1',
    associationAccountId: '222222222222',
    domainName: 'api.internal.example.com',
    domainNameId: 'k3x9q2ab',
    vpceId: 'vpce-0c22c0de5e72000e1',
  };
  const arn =
    'arn:aws:apigateway:us-east-1:222222222222:/domainnameaccessassociations/domainname/api.internal.example.com+k3x9q2ab/vpcesource/vpce-0c22c0de5e72000e1';

  it('round-trips', () => {
    expect(formatAccessAssociationArn(dnaa)).toBe(arn);
    expect(parseAccessAssociationArn(arn)).toEqual(dnaa);
  });

  it('returns undefined for other ARNs', () => {
    expect(
      parseAccessAssociationArn('arn:aws:apigateway:us-east-1:111111111111:/domainnames/a.example.com+abcd1234'),
    ).toBeUndefined();
    expect(parseAccessAssociationArn(`${arn}/extra`)).toBeUndefined();
  });
});

describe('domain ARNs in every partition', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('%s: formats with %s and parses back', (region, partition) => {
    const inRegion = { ...ref, region };
    const arn = formatDomainNameArn(inRegion);
    expect(arn.startsWith(`arn:${partition}:apigateway:${region}:`)).toBe(true);
    expect(parseDomainNameArn(arn)).toEqual(inRegion);
    expect(domainExecuteApiArn(inRegion).startsWith(`arn:${partition}:execute-api:${region}:`)).toBe(true);
  });

  it.each([
    ['not an ARN', 'api.internal.example.com'],
    ['another service', 'arn:aws:execute-api:us-east-1:111111111111:/domainnames/a.example.com+abcd1234'],
    ['no account', 'arn:aws:apigateway:us-east-1::/domainnames/a.example.com+abcd1234'],
    ['a short account', 'arn:aws:apigateway:us-east-1:1111:/domainnames/a.example.com+abcd1234'],
    ['no id', 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/a.example.com'],
    ['a mapping under the domain', 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/a.example.com+abcd1234/x'],
  ])('%s is not a private domain ARN', (_, arn) => {
    expect(parseDomainNameArn(arn)).toBeUndefined();
  });
});
