import { describe, expect, it } from 'vitest';
import { apiResourcePolicy, domainInvokePolicy, parsePolicy, policiesEquivalent, evaluateInvoke } from './index';
import { domainExecuteApiArn } from '../domains/arn';
import { policyShape, sourcesNotAllowed, widenPolicy } from './source-allow-list';

const scope = { kind: 'rest-api' as const, region: 'us-east-1', accountId: '111111111111', apiId: 'k7x2m9p4qa' };
const resource = 'arn:aws:execute-api:us-east-1:111111111111:k7x2m9p4qa/prod/GET/';
const q = { resource, scope, fresh: apiResourcePolicy };
/** What GetRestApi returns for a generated policy: expanded and escaped. */
const stored = (vpceIds: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'arn:aws:execute-api:us-east-1:111111111111:k7x2m9p4qa/*',
      },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'arn:aws:execute-api:us-east-1:111111111111:k7x2m9p4qa/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': vpceIds } },
      },
    ],
  }).replace(/"/g, '\\"');

describe('generated policies', () => {
  it('allow the listed sources and deny everyone else (allow + deny-unless-source)', () => {
    const policy = parsePolicy(
      domainInvokePolicy('execute-api:/*', { vpceIds: ['vpce-0a11c0de5e71000e1'], vpcIds: ['vpc-0c22c0de5e7200001'] }),
    );
    if (!policy.ok) throw new Error(policy.error);
    const d = { region: 'us-east-1', accountId: '111111111111', domainName: 'x.example.com', domainNameId: 'abcd1234' };
    const ask = (sourceVpce: string, sourceVpc?: string) =>
      evaluateInvoke(policy.policy, {
        resource: domainExecuteApiArn(d),
        scope: { kind: 'domain', ...d },
        caller: { kind: 'anonymous' },
        sourceVpce,
        sourceVpc,
      }).decision;
    expect(ask('vpce-0a11c0de5e71000e1', 'vpc-0aaaaaaaaaaaaaaaa')).toBe('allow');
    expect(ask('vpce-0bbbbbbbbbbbbbbbb', 'vpc-0c22c0de5e7200001')).toBe('allow');
    expect(ask('vpce-0bbbbbbbbbbbbbbbb', 'vpc-0aaaaaaaaaaaaaaaa')).toBe('explicit-deny');
  });

  it('refuse to generate a policy that allows no one', () => {
    expect(() => apiResourcePolicy({ vpceIds: [], vpcIds: [] })).toThrow(/At least one/);
  });
});

describe('policyShape', () => {
  it('recognises the generated shape as AWS stores it', () => {
    expect(policyShape(stored(['vpce-1', 'vpce-2']))).toMatchObject({
      kind: 'source-allow-list',
      sources: { vpceIds: ['vpce-1', 'vpce-2'], vpcIds: [] },
    });
  });
  it.each<[unknown, string]>([
    [undefined, 'none'],
    ['', 'none'],
    [
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
      },
      'deny-all',
    ],
    [
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
            Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
          },
        ],
      },
      'custom',
    ],
    ['{not json', 'invalid'],
  ])('%j is %s', (raw, kind) => expect(policyShape(raw).kind).toBe(kind));
});

describe('widenPolicy', () => {
  it('leaves a policy alone when it already allows the sources', () => {
    expect(widenPolicy(stored(['vpce-0a11c0de5e71000e1']), { vpceIds: ['vpce-0a11c0de5e71000e1'] }, q)).toEqual({
      kind: 'unchanged',
    });
  });

  it('adds a consumer endpoint to a generated policy, keeping the existing ones and its resource', () => {
    const r = widenPolicy(stored(['vpce-0a11c0de5e71000e1']), { vpceIds: ['vpce-0c22c0de5e72000e2'] }, q);
    expect(r.kind).toBe('updated');
    if (r.kind !== 'updated') return;
    expect(r.reason).toBe('widened');
    expect(
      policiesEquivalent(
        r.policy,
        apiResourcePolicy(
          { vpceIds: ['vpce-0a11c0de5e71000e1', 'vpce-0c22c0de5e72000e2'] },
          'arn:aws:execute-api:us-east-1:111111111111:k7x2m9p4qa/*',
        ),
      ),
    ).toBe(true);
    expect(sourcesNotAllowed(r.policy, { vpceIds: ['vpce-0a11c0de5e71000e1', 'vpce-0c22c0de5e72000e2'] }, q)).toEqual({
      vpceIds: [],
      vpcIds: [],
    });
  });

  it('creates a policy when none is attached, and replaces a deny-all one', () => {
    expect(widenPolicy(undefined, { vpceIds: ['vpce-1'] }, q)).toMatchObject({ kind: 'updated', reason: 'created' });
    const denyAll = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
    };
    expect(widenPolicy(denyAll, { vpceIds: ['vpce-1'] }, q)).toMatchObject({
      kind: 'updated',
      reason: 'replaced-deny-all',
    });
  });

  it('never rewrites a hand-written policy', () => {
    const custom = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/prod/GET/*',
          Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
        },
      ],
    };
    expect(widenPolicy(custom, { vpceIds: ['vpce-2'] }, q)).toMatchObject({ kind: 'manual' });
  });

  it('reports which VPCs are not allowed', () => {
    expect(sourcesNotAllowed(stored(['vpce-1']), { vpcIds: ['vpc-0c22c0de5e7200001'] }, q)).toEqual({
      vpceIds: [],
      vpcIds: ['vpc-0c22c0de5e7200001'],
    });
  });
});
