import { describe, expect, it } from 'vitest';
import { domainInvokePolicy } from '@/lib/policies';
import { domainExecuteApiArn, formatDomainNameArn } from '@/lib/domains/arn';
import { findAttention, type AttentionInput } from './attention';
import { domainHref } from './hrefs';

const ref = {
  region: 'us-east-1',
  accountId: '111111111111',
  domainName: 'api.internal.example.com',
  domainNameId: 'k3x9q2ab',
};
const arn = formatDomainNameArn(ref);
const allowing = (vpceIds: string[]) => JSON.stringify(domainInvokePolicy(domainExecuteApiArn(ref), { vpceIds }));
const denyAll = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: domainExecuteApiArn(ref) }],
});

function input(over: Partial<AttentionInput> = {}): AttentionInput {
  return {
    domains: [{ ...ref, domainNameArn: arn, policy: allowing(['vpce-0aaa']) }],
    mappings: {
      [domainHref(ref.domainName, ref.domainNameId)]: [{ basePath: 'orders', restApiId: 'api1', stage: 'prod' }],
    },
    stagesByApi: { api1: ['prod'] },
    invitations: [],
    foreignAssociations: [],
    ...over,
  };
}

describe('findAttention', () => {
  it('reports nothing for a healthy account', () => {
    expect(findAttention(input())).toEqual([]);
  });

  it('flags a domain still on the deny-all policy', () => {
    const items = findAttention(input({ domains: [{ ...ref, domainNameArn: arn, policy: denyAll }] }));
    expect(items.map((i) => i.kind)).toEqual(['deny-all-domain']);
    expect(items[0].href).toBe('/domains/api.internal.example.com/k3x9q2ab?tab=policies');
  });

  it('flags a mapping to a stage the API does not have, and to an API that is gone', () => {
    const items = findAttention(
      input({
        mappings: {
          [domainHref(ref.domainName, ref.domainNameId)]: [
            { basePath: 'orders', restApiId: 'api1', stage: 'staging' },
            { basePath: '(none)', restApiId: 'gone1', stage: 'prod' },
            { basePath: 'nostage', restApiId: 'api1' },
          ],
        },
      }),
    );
    expect(items.map((i) => i.summary)).toEqual([
      'api.internal.example.com /orders maps to stage "staging" of API api1, which has no such stage',
      'api.internal.example.com (none) maps to API gone1, which no longer exists',
    ]);
  });

  it('flags pending invitations with two hours or less left, not accepted or fresh ones', () => {
    const items = findAttention(
      input({
        invitations: [
          {
            arn: 'inv-soon',
            shareName: 'partner',
            senderAccountId: '111111111111',
            status: 'PENDING',
            secondsLeft: 3600,
          },
          { arn: 'inv-fresh', status: 'PENDING', secondsLeft: 11 * 3600 },
          { arn: 'inv-done', status: 'ACCEPTED' },
        ],
      }),
    );
    expect(items.map((i) => i.id)).toEqual(['invitation:inv-soon']);
    expect(items[0].summary).toContain('1 h 00 min left');
  });

  it('flags another account’s association whose endpoint the domain policy does not allow', () => {
    const items = findAttention(
      input({
        foreignAssociations: [
          { arn: 'dnaa-allowed', domainNameArn: arn, source: 'vpce-0aaa', associationAccountId: '222222222222' },
          { arn: 'dnaa-waiting', domainNameArn: arn, source: 'vpce-0bbb', associationAccountId: '222222222222' },
          { arn: 'dnaa-other-domain', domainNameArn: `${arn}x`, source: 'vpce-0ccc' },
        ],
      }),
    );
    expect(items.map((i) => i.id)).toEqual(['association:dnaa-waiting']);
    expect(items[0].summary).toContain('vpce-0bbb of account 222222222222');
  });
});
