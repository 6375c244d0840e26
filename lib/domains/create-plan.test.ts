import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildCreatePlan, stepFromId } from './create-plan';
import { createDomainSchema, stepOfField, type CreateDomainDraft } from './create-domain-schema';

const draft = (over: Partial<CreateDomainDraft> = {}): CreateDomainDraft => ({
  creationToken: randomUUID(),
  domainName: 'Billing.Internal.Example.com',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/3f0c1a2b-4d5e-4f60-8a71-92b3c4d5e6f7',
  securityPolicy: 'TLS_1_2',
  access: { mode: 'generated', vpceIds: ['vpce-0a11c0de5e71000e1'], vpcIds: [], policyText: '' },
  mappings: [
    { basePath: 'orders', restApiId: 'k7x2m9p4qa', stage: 'prod' },
    { basePath: '', restApiId: 'r3t8w1n6zb', stage: 'prod' },
  ],
  updateApiPolicies: true,
  redeployStages: true,
  sharing: { mode: 'ram-new', principals: ['222222222222'], shareName: 'billing-share', existingShareArn: '' },
  ...over,
});
const ctx = {
  region: 'us-east-1',
  accountId: '111111111111',
  apis: [
    { id: 'k7x2m9p4qa', name: 'orders-api', policy: undefined },
    {
      id: 'r3t8w1n6zb',
      name: 'payments-api',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
            Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a11c0de5e71000e1' } },
          },
        ],
      }),
    },
  ],
};

function parse(d: CreateDomainDraft) {
  const r = createDomainSchema.safeParse(d);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

describe('createDomainSchema', () => {
  it('normalises the name and the catch-all base path', () => {
    const input = parse(draft());
    expect(input.domainName).toBe('billing.internal.example.com');
    expect(input.mappings[1].basePath).toBe('(none)');
  });

  it.each<[string, Partial<CreateDomainDraft>, string]>([
    ['wildcard name', { domainName: '*.example.com' }, 'domainName'],
    ['no certificate', { certificateArn: '' }, 'certificateArn'],
    ['access mode with TLS_1_2', { endpointAccessMode: 'STRICT' }, 'endpointAccessMode'],
    ['nobody allowed', { access: { mode: 'generated', vpceIds: [], vpcIds: [], policyText: '' } }, 'access.vpceIds'],
    [
      'bad endpoint id',
      { access: { mode: 'generated', vpceIds: ['vpc-123'], vpcIds: [], policyText: '' } },
      'access.vpceIds',
    ],
    [
      'broken custom JSON',
      { access: { mode: 'custom', vpceIds: [], vpcIds: [], policyText: '{"Version":' } },
      'access.policyText',
    ],
    ['no mappings', { mappings: [] }, 'mappings'],
    [
      'two-level base path',
      { mappings: [{ basePath: 'a/b', restApiId: 'k7x2m9p4qa', stage: 'prod' }] },
      'mappings.0.basePath',
    ],
    [
      'duplicate base path',
      {
        mappings: [
          { basePath: 'x', restApiId: 'k7x2m9p4qa', stage: 'prod' },
          { basePath: '/x/', restApiId: 'r3t8w1n6zb', stage: 'prod' },
        ],
      },
      'mappings.1.basePath',
    ],
    ['missing stage', { mappings: [{ basePath: 'x', restApiId: 'k7x2m9p4qa', stage: '' }] }, 'mappings.0.stage'],
    [
      'bad principal',
      { sharing: { mode: 'ram-new', principals: ['2222'], shareName: 's', existingShareArn: '' } },
      'sharing.principals',
    ],
    [
      'OU without RAM',
      {
        sharing: {
          mode: 'management-policy',
          principals: ['arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-cdefgh34'],
          shareName: '',
          existingShareArn: '',
        },
      },
      'sharing.principals',
    ],
    [
      'no share chosen',
      { sharing: { mode: 'ram-existing', principals: ['222222222222'], shareName: '', existingShareArn: '' } },
      'sharing.existingShareArn',
    ],
  ])('%s is a field error on %s', (_label, over, field) => {
    const r = createDomainSchema.safeParse(draft(over));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('maps fields to wizard steps', () => {
    expect([
      stepOfField('certificateArn'),
      stepOfField('access.vpceIds'),
      stepOfField('mappings.1.stage'),
      stepOfField('sharing.principals'),
    ]).toEqual([0, 1, 2, 3]);
  });
});

describe('buildCreatePlan', () => {
  it('orders domain, mappings, API policies, redeploys, share; skips APIs that already allow the endpoints', () => {
    const plan = buildCreatePlan(parse(draft()), ctx);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'domain',
      'mapping:orders',
      'mapping:(none)',
      'api-policy:k7x2m9p4qa',
      'redeploy:k7x2m9p4qa:prod',
      'share',
    ]);
    expect(plan.apiPolicies.map((p) => [p.restApiId, p.result.kind])).toEqual([
      ['k7x2m9p4qa', 'updated'],
      ['r3t8w1n6zb', 'unchanged'],
    ]);
    expect(plan.warnings).toEqual([]);
    expect(plan.domainPolicy).toMatchObject({
      Statement: [
        { Resource: 'execute-api:/*' },
        { Condition: { StringNotEquals: { 'aws:SourceVpce': ['vpce-0a11c0de5e71000e1'] } } },
      ],
    });
  });

  it('warns instead of silently leaving a domain nobody can call', () => {
    const noUpdates = buildCreatePlan(parse(draft({ updateApiPolicies: false })), ctx);
    expect(noUpdates.steps.some((s) => s.kind === 'update-api-policy')).toBe(false);
    expect(noUpdates.warnings.join(' ')).toMatch(/orders-api's resource policy does not allow vpce-0a11c0de5e71000e1/);

    const noRedeploy = buildCreatePlan(parse(draft({ redeployStages: false })), ctx);
    expect(noRedeploy.steps.some((s) => s.kind === 'redeploy-stage')).toBe(false);
    expect(noRedeploy.warnings.join(' ')).toMatch(/stage prod keeps its old policy/);

    const denyAll = buildCreatePlan(
      parse(draft({ access: { mode: 'deny-all', vpceIds: [], vpcIds: [], policyText: '' } })),
      ctx,
    );
    expect(denyAll.domainPolicy).toBeUndefined();
    expect(denyAll.warnings.join(' ')).toMatch(/deny-all/);
  });

  it('has no share step when sharing is off', () => {
    const plan = buildCreatePlan(
      parse(draft({ sharing: { mode: 'none', principals: [], shareName: '', existingShareArn: '' } })),
      ctx,
    );
    expect(plan.steps.at(-1)?.kind).toBe('redeploy-stage');
  });
});

describe('stepFromId', () => {
  it('rebuilds every planned step and refuses foreign ones', () => {
    const input = parse(draft());
    for (const step of buildCreatePlan(input, ctx).steps) expect(stepFromId(input, step.id)?.kind).toBe(step.kind);
    expect(stepFromId(input, 'mapping:other')).toBeUndefined();
    expect(stepFromId(input, 'api-policy:zzzzzzzzzz')).toBeUndefined();
    expect(stepFromId(input, 'redeploy:k7x2m9p4qa:staging')).toBeUndefined();
    expect(stepFromId(parse(draft({ updateApiPolicies: false })), 'api-policy:k7x2m9p4qa')).toBeUndefined();
    expect(
      stepFromId(
        parse(draft({ sharing: { mode: 'none', principals: [], shareName: '', existingShareArn: '' } })),
        'share',
      ),
    ).toBeUndefined();
  });
});
