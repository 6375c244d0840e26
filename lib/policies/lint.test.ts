import { describe, expect, it } from 'vitest';
import { lintPolicy, type LintContext, type LintRule } from './lint';
import { parsePolicy } from './parse';

const API = { kind: 'rest-api', region: 'us-east-1', accountId: '111111111111', apiId: 'a1b2c3d4e5' } as const;
const DOMAIN = {
  kind: 'domain',
  region: 'us-east-1',
  accountId: '111111111111',
  domainName: 'api.internal.example',
  domainNameId: 'k3x9q2ab',
} as const;
const DOMAIN_ARN = 'arn:aws:execute-api:us-east-1:111111111111:/domainnames/api.internal.example+k3x9q2ab';
const KNOWN = new Set(['vpce-0aaa1111bbbb22223']);

const allow = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 'execute-api:Invoke',
  Resource: 'execute-api:/*',
  ...extra,
});
const vpce = (id: string) => ({ Condition: { StringEquals: { 'aws:SourceVpce': id } } });

type Row = [string, unknown[], LintContext, LintRule[]];

const rows: Row[] = [
  [
    'source-restricted allow is clean',
    [allow(vpce('vpce-0aaa1111bbbb22223'))],
    { scope: API, knownEndpointIds: KNOWN },
    [],
  ],
  ['allow without a source condition', [allow({})], { scope: API }, ['invoke-without-source']],
  [
    'broad allow with a source-restricting deny (AWS example) is clean',
    [
      allow({}),
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-0123456789abcdef0' } },
      },
    ],
    { scope: API },
    [],
  ],
  [
    'aws:SourceIp never matches through an endpoint',
    [allow({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })],
    { scope: API },
    ['invoke-without-source', 'source-ip'],
  ],
  [
    'endpoint nobody owns',
    [allow(vpce('vpce-0deadbeefdeadbeef'))],
    { scope: API, knownEndpointIds: KNOWN },
    ['unknown-endpoint'],
  ],
  ['endpoint ids not known: no finding', [allow(vpce('vpce-0deadbeefdeadbeef'))], { scope: API }, []],
  ['wildcard endpoint id is not checked', [allow(vpce('vpce-*'))], { scope: API, knownEndpointIds: KNOWN }, []],
  [
    'resource of another API',
    [allow({ ...vpce('vpce-0aaa1111bbbb22223'), Resource: 'arn:aws:execute-api:us-east-1:111111111111:zzzzzzzzzz/*' })],
    { scope: API },
    ['resource-mismatch'],
  ],
  [
    'resource of this API with a stage',
    [
      allow({
        ...vpce('vpce-0aaa1111bbbb22223'),
        Resource: 'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/*',
      }),
    ],
    { scope: API },
    [],
  ],
  [
    'domain ARN on a domain policy',
    [allow({ ...vpce('vpce-0aaa1111bbbb22223'), Resource: DOMAIN_ARN })],
    { scope: DOMAIN },
    [],
  ],
  [
    "API ARN on a domain's policy",
    [allow({ ...vpce('vpce-0aaa1111bbbb22223'), Resource: 'arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/*' })],
    { scope: DOMAIN },
    ['resource-mismatch'],
  ],
  ['Deny statements never widen access', [{ ...allow({}), Effect: 'Deny' }], { scope: API }, []],
];

describe('lintPolicy', () => {
  it.each(rows)('%s', (_name, statements, ctx, rules) => {
    const parsed = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    if (!parsed.ok) throw new Error(parsed.error);
    const findings = lintPolicy(parsed.policy, ctx);
    expect(findings.map((f) => f.rule).sort()).toEqual(rules);
    for (const f of findings) expect(f.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('names the statement', () => {
    const parsed = parsePolicy(JSON.stringify({ Statement: [allow({ Sid: 'Open' })] }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(lintPolicy(parsed.policy)[0]?.statement).toBe('statement "Open"');
  });
});
