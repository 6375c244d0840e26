import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { domainExecuteApiArn } from '../domains/arn';
import { restApiExecuteArn, type ShorthandScope } from './arn';
import { evaluateInvoke, type Caller, type Decision } from './evaluate';
import { apiResourcePolicy, domainInvokePolicy } from './generate';
import { parsePolicy } from './parse';
import type { PolicyDocument } from './types';

const REGION = 'us-east-1';
const ACCT = '111111111111';
const API = 'a1b2c3d4e5';
const VPCE = 'vpce-0aaa1111bbbb22223';
const OTHER_VPCE = 'vpce-0fff9999eeee88887';
const VPC = 'vpc-0123456789abcdef0';
const apiScope: ShorthandScope = { kind: 'rest-api', region: REGION, accountId: ACCT, apiId: API };
const anon: Caller = { kind: 'anonymous' };

function policy(raw: unknown): PolicyDocument {
  const r = parsePolicy(raw);
  if (!r.ok) throw new Error(r.error);
  return r.policy;
}

const allowAll = { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };
const withCond = (Effect: string, Condition: unknown, extra: object = {}) => ({
  Statement: [
    { Effect, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition, ...extra },
  ],
});
const ask = (
  p: PolicyDocument,
  o: { vpce?: string; vpc?: string; caller?: Caller; path?: string; method?: string; stage?: string } = {},
) =>
  evaluateInvoke(p, {
    resource: restApiExecuteArn({
      region: REGION,
      accountId: ACCT,
      apiId: API,
      stage: o.stage ?? 'prod',
      method: o.method ?? 'GET',
      path: o.path ?? '/pets',
    }),
    caller: o.caller ?? anon,
    sourceVpce: 'vpce' in o ? o.vpce : VPCE,
    sourceVpc: 'vpc' in o ? o.vpc : VPC,
    scope: apiScope,
  });

describe('condition operators on aws:SourceVpce / aws:SourceVpc (Allow statements)', () => {
  it.each<[string, Record<string, unknown>, { vpce?: string; vpc?: string }, Decision]>([
    ['StringEquals hit', { StringEquals: { 'aws:SourceVpce': VPCE } }, {}, 'allow'],
    ['StringEquals miss', { StringEquals: { 'aws:SourceVpce': OTHER_VPCE } }, {}, 'implicit-deny'],
    ['StringEquals list hit', { StringEquals: { 'aws:SourceVpce': [OTHER_VPCE, VPCE] } }, {}, 'allow'],
    ['StringEquals is case-sensitive', { StringEquals: { 'aws:SourceVpce': VPCE.toUpperCase() } }, {}, 'implicit-deny'],
    ['StringEquals key absent', { StringEquals: { 'aws:SourceVpce': VPCE } }, { vpce: undefined }, 'implicit-deny'],
    ['condition key is case-insensitive', { StringEquals: { 'AWS:SOURCEVPC': VPC } }, {}, 'allow'],
    ['StringNotEquals hit', { StringNotEquals: { 'aws:SourceVpce': OTHER_VPCE } }, {}, 'allow'],
    ['StringNotEquals miss', { StringNotEquals: { 'aws:SourceVpce': VPCE } }, {}, 'implicit-deny'],
    [
      'StringNotEquals key absent is true',
      { StringNotEquals: { 'aws:SourceVpce': VPCE } },
      { vpce: undefined },
      'allow',
    ],
    ['StringLike wildcard', { StringLike: { 'aws:SourceVpce': 'vpce-0aaa*' } }, {}, 'allow'],
    ['StringLike ? wildcard', { StringLike: { 'aws:SourceVpc': 'vpc-0123456789abcdef?' } }, {}, 'allow'],
    ['StringLike miss', { StringLike: { 'aws:SourceVpce': 'vpce-0bbb*' } }, {}, 'implicit-deny'],
    ['StringNotLike hit', { StringNotLike: { 'aws:SourceVpce': 'vpce-0bbb*' } }, {}, 'allow'],
    ['StringNotLike miss', { StringNotLike: { 'aws:SourceVpce': 'vpce-*' } }, {}, 'implicit-deny'],
    ['ForAnyValue:StringEquals hit', { 'ForAnyValue:StringEquals': { 'aws:SourceVpce': VPCE } }, {}, 'allow'],
    [
      'ForAnyValue:StringEquals absent',
      { 'ForAnyValue:StringEquals': { 'aws:SourceVpce': VPCE } },
      { vpce: undefined },
      'implicit-deny',
    ],
    [
      'ForAnyValue:StringNotEquals absent',
      { 'ForAnyValue:StringNotEquals': { 'aws:SourceVpce': VPCE } },
      { vpce: undefined },
      'implicit-deny',
    ],
    ['ForAnyValue:StringLike hit', { 'ForAnyValue:StringLike': { 'aws:SourceVpc': 'vpc-*' } }, {}, 'allow'],
    ['ForAllValues:StringEquals hit', { 'ForAllValues:StringEquals': { 'aws:SourceVpce': VPCE } }, {}, 'allow'],
    [
      'ForAllValues:StringEquals miss',
      { 'ForAllValues:StringEquals': { 'aws:SourceVpce': OTHER_VPCE } },
      {},
      'implicit-deny',
    ],
    [
      'ForAllValues:StringEquals absent is vacuously true',
      { 'ForAllValues:StringEquals': { 'aws:SourceVpce': OTHER_VPCE } },
      { vpce: undefined },
      'allow',
    ],
    [
      'ForAllValues:StringNotLike hit',
      { 'ForAllValues:StringNotLike': { 'aws:SourceVpce': 'vpce-0bbb*' } },
      {},
      'allow',
    ],
    [
      'StringEqualsIfExists absent',
      { StringEqualsIfExists: { 'aws:SourceVpce': OTHER_VPCE } },
      { vpce: undefined },
      'allow',
    ],
    [
      'StringEqualsIfExists present miss',
      { StringEqualsIfExists: { 'aws:SourceVpce': OTHER_VPCE } },
      {},
      'implicit-deny',
    ],
    ['operators are case-insensitive', { stringequals: { 'aws:SourceVpce': VPCE } }, {}, 'allow'],
    [
      'keys in one block are ANDed (both match)',
      { StringEquals: { 'aws:SourceVpce': VPCE, 'aws:SourceVpc': VPC } },
      {},
      'allow',
    ],
    [
      'keys in one block are ANDed (one misses)',
      { StringEquals: { 'aws:SourceVpce': VPCE, 'aws:SourceVpc': 'vpc-x' } },
      {},
      'implicit-deny',
    ],
    [
      'operators are ANDed',
      { StringEquals: { 'aws:SourceVpce': VPCE }, StringNotEquals: { 'aws:SourceVpc': VPC } },
      {},
      'implicit-deny',
    ],
    ['Null true on absent key', { Null: { 'aws:SourceVpce': 'true' } }, { vpce: undefined }, 'allow'],
    ['unknown operator -> unknown', { DateGreaterThan: { 'aws:SourceVpce': 'x' } }, {}, 'unknown'],
    ['unknown key -> unknown', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }, {}, 'unknown'],
  ])('%s', (_n, cond, ctx, expected) => {
    expect(ask(policy(withCond('Allow', cond)), ctx).decision).toBe(expected);
  });
});

describe('explicit deny, default deny', () => {
  const recommended = policy(apiResourcePolicy({ vpceIds: [VPCE] }));
  it.each<[string, PolicyDocument, Parameters<typeof ask>[1], Decision, string | undefined]>([
    ['recommended shape, listed VPCE', recommended, {}, 'allow', 'AllowInvoke'],
    ['recommended shape, other VPCE', recommended, { vpce: OTHER_VPCE }, 'explicit-deny', 'DenyOtherSources'],
    [
      'recommended shape, VPC listed instead',
      policy(apiResourcePolicy({ vpcIds: [VPC] })),
      { vpce: OTHER_VPCE },
      'allow',
      'AllowInvoke',
    ],
    [
      'VPCE or VPC: neither matches',
      policy(apiResourcePolicy({ vpceIds: [VPCE], vpcIds: [VPC] })),
      { vpce: OTHER_VPCE, vpc: 'vpc-x' },
      'explicit-deny',
      'DenyOtherSources',
    ],
    [
      'VPCE or VPC: VPC matches',
      policy(apiResourcePolicy({ vpceIds: [VPCE], vpcIds: [VPC] })),
      { vpce: OTHER_VPCE },
      'allow',
      'AllowInvoke',
    ],
    [
      'deny wins over allow regardless of order',
      policy({ Statement: [{ ...allowAll, Effect: 'Deny' }, allowAll] }),
      {},
      'explicit-deny',
      undefined,
    ],
    ['empty statement list', policy({ Statement: [] }), {}, 'implicit-deny', undefined],
    [
      'allow for another API',
      policy({ Statement: [{ ...allowAll, Resource: 'arn:aws:execute-api:us-east-1:111111111111:zzz/*' }] }),
      {},
      'implicit-deny',
      undefined,
    ],
  ])('%s', (_n, p, ctx, decision, sid) => {
    const r = ask(p, ctx);
    expect(r.decision).toBe(decision);
    expect(r.decidedBy?.sid).toBe(sid);
  });

  it('unknown deny next to an allow yields unknown, not allow', () => {
    const p = policy({
      Statement: [
        allowAll,
        { ...allowAll, Effect: 'Deny', Condition: { DateLessThan: { 'aws:CurrentTime': '2030' } } },
      ],
    });
    const r = ask(p);
    expect(r.decision).toBe('unknown');
    expect(r.explanation).toMatch(/DateLessThan/);
  });

  it('an undecidable deny without any allow is still a deny', () => {
    const p = policy({
      Statement: [{ ...allowAll, Effect: 'Deny', Condition: { DateLessThan: { 'aws:CurrentTime': '2030' } } }],
    });
    expect(ask(p).decision).toBe('implicit-deny');
  });
});

describe('resource patterns', () => {
  const resourcePolicy = (Resource: unknown) => policy({ Statement: [{ ...allowAll, Resource }] });
  it.each<[string, unknown, Parameters<typeof ask>[1], Decision]>([
    ['shorthand execute-api:/*', 'execute-api:/*', {}, 'allow'],
    ['shorthand stage/method/path', 'execute-api:/prod/GET/pets', {}, 'allow'],
    ['shorthand other stage', 'execute-api:/test/*', {}, 'implicit-deny'],
    ['expanded full ARN with wildcard', `arn:aws:execute-api:${REGION}:${ACCT}:${API}/*`, {}, 'allow'],
    ['stage wildcard', `arn:aws:execute-api:${REGION}:${ACCT}:${API}/*/GET/pets`, { stage: 'dev' }, 'allow'],
    ['method wildcard', `arn:aws:execute-api:${REGION}:${ACCT}:${API}/prod/*/pets`, { method: 'DELETE' }, 'allow'],
    ['method mismatch', `arn:aws:execute-api:${REGION}:${ACCT}:${API}/prod/POST/pets`, {}, 'implicit-deny'],
    [
      'path wildcard spans segments',
      `arn:aws:execute-api:${REGION}:${ACCT}:${API}/prod/GET/pets/*`,
      { path: '/pets/1/toys' },
      'allow',
    ],
    ['region wildcard', `arn:aws:execute-api:*:${ACCT}:${API}/*`, {}, 'allow'],
    ['wrong account', `arn:aws:execute-api:${REGION}:222222222222:${API}/*`, {}, 'implicit-deny'],
    ['bare *', '*', {}, 'allow'],
    ['list with one hit', ['execute-api:/test/*', 'execute-api:/prod/*'], {}, 'allow'],
  ])('%s', (_n, resource, ctx, decision) => {
    expect(ask(resourcePolicy(resource), ctx).decision).toBe(decision);
  });

  it('NotResource excludes the listed resources', () => {
    const p = policy({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', NotResource: 'execute-api:/prod/GET/admin' },
      ],
    });
    expect(ask(p).decision).toBe('allow');
    expect(ask(p, { path: '/admin' }).decision).toBe('implicit-deny');
  });

  it.each<[string, string | string[], Decision]>([
    ['execute-api:Invoke', 'execute-api:Invoke', 'allow'],
    ['case-insensitive action', 'Execute-Api:invoke', 'allow'],
    ['execute-api:*', 'execute-api:*', 'allow'],
    ['*', '*', 'allow'],
    ['other action', 'execute-api:ManageConnections', 'implicit-deny'],
  ])('action %s', (_n, Action, decision) => {
    expect(ask(policy({ Statement: [{ ...allowAll, Action }] })).decision).toBe(decision);
  });
});

describe('domain policies', () => {
  const d = { region: REGION, accountId: ACCT, domainName: 'api.internal.example', domainNameId: 'k3x9q2ab' };
  const scope: ShorthandScope = { kind: 'domain', ...d };
  const resource = domainExecuteApiArn(d);
  const q = (p: PolicyDocument, vpce = VPCE) =>
    evaluateInvoke(p, { resource, caller: anon, sourceVpce: vpce, sourceVpc: VPC, scope });

  it.each<[string, unknown, string, Decision]>([
    ['generated shape, listed VPCE', domainInvokePolicy(resource, { vpceIds: [VPCE] }), VPCE, 'allow'],
    ['generated shape, other VPCE', domainInvokePolicy(resource, { vpceIds: [VPCE] }), OTHER_VPCE, 'explicit-deny'],
    ['shorthand execute-api:/* expands to the domain ARN', { Statement: [allowAll] }, VPCE, 'allow'],
    [
      'other domain id',
      { Statement: [{ ...allowAll, Resource: resource.replace('k3x9q2ab', 'zzzz0000') }] },
      VPCE,
      'implicit-deny',
    ],
    ['AWS default deny-all policy', { Statement: [{ ...allowAll, Effect: 'Deny' }] }, VPCE, 'explicit-deny'],
  ])('%s', (_n, raw, vpce, decision) => {
    expect(q(policy(raw), vpce).decision).toBe(decision);
  });
});

describe('principals', () => {
  const principalPolicy = (Principal: unknown) => policy({ Statement: [{ ...allowAll, Principal }] });
  it.each<[string, unknown, Caller, Decision]>([
    ['* allows anonymous', '*', anon, 'allow'],
    ['{AWS:*} allows anonymous', { AWS: '*' }, anon, 'allow'],
    ['account principal never matches anonymous (method not AWS_IAM)', { AWS: ACCT }, anon, 'implicit-deny'],
    ['account principal matches IAM caller of that account', { AWS: ACCT }, { kind: 'iam', accountId: ACCT }, 'allow'],
    [
      'root ARN principal matches account',
      { AWS: `arn:aws:iam::${ACCT}:root` },
      { kind: 'iam', accountId: ACCT },
      'allow',
    ],
    [
      'role ARN principal matches that role',
      { AWS: `arn:aws:iam::${ACCT}:role/app` },
      { kind: 'iam', accountId: ACCT, arn: `arn:aws:iam::${ACCT}:role/app` },
      'allow',
    ],
    ['role ARN principal, unknown signer', { AWS: `arn:aws:iam::${ACCT}:role/app` }, { kind: 'iam' }, 'unknown'],
    ['other account', { AWS: '222222222222' }, { kind: 'iam', accountId: ACCT }, 'implicit-deny'],
    ['service principal', { Service: 'lambda.amazonaws.com' }, anon, 'implicit-deny'],
  ])('%s', (_n, principal, caller, decision) => {
    expect(ask(principalPolicy(principal), { caller }).decision).toBe(decision);
  });

  it('NotPrincipal', () => {
    const { Principal: _omit, ...noPrincipal } = allowAll;
    const p = policy({ Statement: [allowAll, { ...noPrincipal, Effect: 'Deny', NotPrincipal: { AWS: ACCT } }] });
    expect(ask(p, { caller: { kind: 'iam', accountId: ACCT } }).decision).toBe('allow');
    expect(ask(p, { caller: anon }).decision).toBe('explicit-deny');
  });
});

describe('policies read back from AWS', () => {
  it('evaluates the escaped, expanded form like the written form', () => {
    const stored = JSON.stringify(apiResourcePolicy({ vpceIds: [VPCE] }))
      .replace(/execute-api:\/\*/g, `arn:aws:execute-api:${REGION}:${ACCT}:${API}/*`)
      .replace(/"/g, '\\"')
      .replace(/\//g, '\\/');
    const p = policy(stored);
    expect(ask(p).decision).toBe('allow');
    expect(ask(p, { vpce: OTHER_VPCE }).decision).toBe('explicit-deny');
  });
});

describe('properties', () => {
  const vpceId = fc.stringMatching(/^vpce-[0-9a-f]{17}$/);

  it('generated allow+deny-unless policies allow exactly the listed endpoints', () => {
    fc.assert(
      fc.property(fc.uniqueArray(vpceId, { minLength: 1, maxLength: 5 }), vpceId, (listed, probe) => {
        const p = policy(apiResourcePolicy({ vpceIds: listed }));
        const expected = listed.includes(probe) ? 'allow' : 'explicit-deny';
        expect(ask(p, { vpce: probe, vpc: 'vpc-unlisted' }).decision).toBe(expected);
      }),
    );
  });

  it('an applicable unconditional Deny wins whatever else the policy says, in any order', () => {
    const statement = fc.record({
      Effect: fc.constantFrom('Allow', 'Deny'),
      Principal: fc.constant('*'),
      Action: fc.constant('execute-api:Invoke'),
      Resource: fc.constantFrom('execute-api:/*', 'execute-api:/test/*'),
      Condition: fc.option(
        fc.record({ StringEquals: fc.record({ 'aws:SourceVpce': fc.constantFrom(VPCE, OTHER_VPCE) }) }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), fc.nat(6), (others, at) => {
        const statements: object[] = [...others];
        statements.splice(Math.min(at, statements.length), 0, { ...allowAll, Effect: 'Deny', Condition: undefined });
        const r = ask(policy({ Statement: statements.map((s) => JSON.parse(JSON.stringify(s)) as object) }));
        expect(r.decision).toBe('explicit-deny');
      }),
    );
  });
});
