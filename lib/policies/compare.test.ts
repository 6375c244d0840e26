import { describe, expect, it } from 'vitest';
import { formatDomainNameArn, domainExecuteApiArn } from '../domains/arn';
import type { ShorthandScope } from './arn';
import { diffPolicies, policiesEquivalent } from './compare';
import { apiResourcePolicy, domainInvokePolicy, managementPolicy } from './generate';

const scope: ShorthandScope = { kind: 'rest-api', region: 'us-east-1', accountId: '111111111111', apiId: 'a1b2c3d4e5' };
const written = apiResourcePolicy({ vpceIds: ['vpce-2', 'vpce-1'] });
/** What AWS hands back for `written`: shorthand expanded, escaped, Sids kept, lists re-ordered. */
const stored = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 'execute-api:Invoke',
      Resource: 'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*',
      Condition: { StringNotEquals: { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } },
    },
    {
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['execute-api:Invoke'],
      Resource: ['arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*'],
    },
  ],
})
  .replace(/"/g, '\\"')
  .replace(/\//g, '\\/');

describe('policiesEquivalent', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['written vs stored (escaped, expanded, reordered, no Sid)', written, stored, true],
    ['same object', written, written, true],
    ['both empty', undefined, '', true],
    ['extra VPCE', written, apiResourcePolicy({ vpceIds: ['vpce-1', 'vpce-2', 'vpce-3'] }), false],
    ['VPC instead of VPCE', written, apiResourcePolicy({ vpcIds: ['vpce-1', 'vpce-2'] }), false],
    ['empty vs policy', undefined, written, false],
    [
      'account id vs root ARN principal',
      managementPolicy('arn:x', ['222222222222']),
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::222222222222:root' },
            Action: 'apigateway:CreateAccessAssociation',
            Resource: 'arn:x',
          },
        ],
      },
      true,
    ],
    ['unparseable never equivalent', '{oops', '{oops', false],
  ])('%s', (_n, a, b, expected) => {
    expect(policiesEquivalent(a, b, scope)).toBe(expected);
  });

  it('reports which statements differ', () => {
    const d = diffPolicies(written, apiResourcePolicy({ vpceIds: ['vpce-1'] }), scope);
    expect(d.equivalent).toBe(false);
    expect(d.onlyInA).toHaveLength(1);
    expect(d.onlyInA[0]).toContain('vpce-2');
    expect(d.onlyInB[0]).toContain('vpce-1');
  });

  it('reports parse errors instead of a diff', () => {
    expect(diffPolicies('{oops', written).error).toMatch(/first/);
  });
});

describe('generators', () => {
  const d = {
    region: 'eu-west-1',
    accountId: '111111111111',
    domainName: 'api.internal.example',
    domainNameId: 'k3x9q2ab',
  };

  it('API policy matches docs/aws/policies.md#private-api-resource-policy shape', () => {
    expect(apiResourcePolicy({ vpceIds: ['vpce-0aaa1111bbbb22223', 'vpce-0ccc3333dddd44445'] })).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowInvoke',
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/*',
        },
        {
          Sid: 'DenyOtherSources',
          Effect: 'Deny',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/*',
          Condition: { StringNotEquals: { 'aws:SourceVpce': ['vpce-0aaa1111bbbb22223', 'vpce-0ccc3333dddd44445'] } },
        },
      ],
    });
  });

  it('domain policy uses the domain execute-api ARN (docs/aws/policies.md#domain-invoke-policy)', () => {
    const p = domainInvokePolicy(domainExecuteApiArn(d), {
      vpceIds: ['vpce-0aaa1111bbbb22223', 'vpce-0eee5555ffff66667'],
    });
    expect(p.Statement.map((s) => s.Resource)).toEqual([
      'arn:aws:execute-api:eu-west-1:111111111111:/domainnames/api.internal.example+k3x9q2ab',
      'arn:aws:execute-api:eu-west-1:111111111111:/domainnames/api.internal.example+k3x9q2ab',
    ]);
  });

  it('managementPolicy grants CreateAccessAssociation on the apigateway ARN (docs/aws/policies.md#management-policy)', () => {
    expect(
      managementPolicy(formatDomainNameArn(d), ['222222222222', '222222222222', '333333333333']).Statement,
    ).toEqual([
      {
        Sid: 'AllowCreateAccessAssociation',
        Effect: 'Allow',
        Principal: { AWS: ['222222222222', '333333333333'] },
        Action: 'apigateway:CreateAccessAssociation',
        Resource: 'arn:aws:apigateway:eu-west-1:111111111111:/domainnames/api.internal.example+k3x9q2ab',
      },
    ]);
  });

  it.each([
    ['no sources', () => apiResourcePolicy({})],
    ['blank sources', () => apiResourcePolicy({ vpceIds: [' '] })],
    ['bad account id', () => managementPolicy('arn:x', ['12'])],
    ['no accounts', () => managementPolicy('arn:x', [])],
  ])('rejects %s', (_n, f) => {
    expect(f).toThrow();
  });
});
