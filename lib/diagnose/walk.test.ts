import { describe, expect, it } from 'vitest';
import { computeInvokeForms } from '@/lib/invoke/engine';
import {
  apiInput,
  consumerDomainInput,
  domainInput,
  endpoint,
  inConsumerVpc,
  inVpc,
  privateApi,
  privateDomain,
  VPC_ID,
} from '@/lib/invoke/fixtures';
import type { ClientSituation, FormId, InvokeInput } from '@/lib/invoke/types';
import { associationPrerequisite, sharePrerequisite, signaturePrerequisite } from './side-facts';
import { diagnoseForm, diagnoseUnshared, formToDiagnose, LINKS, type LinkId, type WalkContext } from './walk';

const DENY = JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }] });
const denyingApi = privateApi({ policy: DENY });

type Row = [string, InvokeInput, ClientSituation, FormId, LinkId];

const brokenRows: Row[] = [
  ['no DNS record for the domain', domainInput({ dnsRecords: [] }), inVpc, 'B1', 'dns'],
  [
    'VPC DNS attributes off',
    domainInput({ vpcs: [{ vpcId: VPC_ID, enableDnsSupport: false, enableDnsHostnames: true }] }),
    inVpc,
    'B1',
    'dns',
  ],
  [
    'private DNS off on the endpoint (A1)',
    apiInput({ vpcEndpoints: [endpoint({ privateDnsEnabled: false })] }),
    inVpc,
    'A1',
    'dns',
  ],
  ['endpoint not available', domainInput({ vpcEndpoints: [endpoint({ state: 'pending' })] }), inVpc, 'B1', 'endpoint'],
  ['domain not AVAILABLE', domainInput({}, privateDomain({ status: 'PENDING' })), inVpc, 'B1', 'tls'],
  ['execute-api endpoint disabled', apiInput({}, privateApi({ disableExecuteApiEndpoint: true })), inVpc, 'A1', 'tls'],
  [
    'endpoint policy denies',
    domainInput({ vpcEndpoints: [endpoint({ policy: DENY })] }),
    inVpc,
    'B1',
    'endpoint-policy',
  ],
  ['no access association', domainInput({ accessAssociations: [] }), inVpc, 'B1', 'access-association'],
  ['domain policy missing', domainInput({}, privateDomain({ policy: null })), inVpc, 'B1', 'domain-policy'],
  ['no base path mapping', domainInput({}, privateDomain({ basePathMappings: [] })), inVpc, 'B1', 'base-path-mapping'],
  ['API stage missing', apiInput({}, privateApi({ stages: [] })), inVpc, 'A1', 'stage-deployed'],
  [
    'mapped API stage not deployed',
    domainInput({}, privateDomain(), [privateApi({ stages: [{ name: 'prod' }] })]),
    inVpc,
    'B1',
    'stage-deployed',
  ],
  ['API policy denies', apiInput({}, denyingApi), inVpc, 'A1', 'api-policy'],
  ['mapped API policy denies', domainInput({}, privateDomain(), [denyingApi]), inVpc, 'B1', 'api-policy'],
];

const order = (id: LinkId) => LINKS.findIndex((l) => l.id === id);

describe('diagnoseForm: the first broken link', () => {
  it.each(brokenRows)('%s', (_name, input, situation, formId, link) => {
    const form = formToDiagnose(computeInvokeForms(input, situation), formId);
    if (!form) throw new Error('no form');
    const d = diagnoseForm(form);
    expect(d.broken?.link.id).toBe(link);
    // Every earlier link is fine: the diagnosis does not stop short.
    for (const l of d.links.filter((x) => order(x.id) < order(link))) expect(l.status).not.toBe('broken');
    expect(d.broken?.answer).not.toBe('');
    expect(d.broken?.fix).not.toBe('');
  });

  it('healthy: every involved link is ok', () => {
    const form = formToDiagnose(computeInvokeForms(domainInput(), inVpc));
    if (!form) throw new Error('no form');
    const d = diagnoseForm(form);
    expect(d.broken).toBeUndefined();
    expect(d.unknown).toBeUndefined();
    expect(d.links.filter((l) => l.status !== 'not-involved').every((l) => l.status === 'ok')).toBe(true);
  });

  it('AWS_IAM: method authorization cannot be checked from here', () => {
    const form = formToDiagnose(computeInvokeForms(apiInput({ authorizationType: 'AWS_IAM' }), inVpc), 'A1');
    if (!form) throw new Error('no form');
    expect(diagnoseForm(form).unknown?.link.id).toBe('method-authorization');
  });

  it("consumer: the provider's links are unknown, with a message for the provider", () => {
    const form = formToDiagnose(computeInvokeForms(consumerDomainInput(), inConsumerVpc), 'B1');
    if (!form) throw new Error('no form');
    const d = diagnoseForm(form, { symptom: { kind: 'status', status: 403 } });
    expect(d.broken).toBeUndefined();
    expect(d.unknown?.link.id).toBe('access-association');
    expect(d.unknown?.messageForOwner).toMatch(/Ask .* whether they rejected/);
    expect(d.links.find((l) => l.id === 'domain-policy')?.status).toBe('unknown');
    // One message asks everything the consumer cannot check, not only the first link.
    expect(d.unknown?.messageForOwner).toMatch(/We cannot check these either:\n- Ask .* to allow/);
  });

  it('compares the symptom with what the link gives', () => {
    const form = formToDiagnose(computeInvokeForms(apiInput({}, denyingApi), inVpc), 'A1');
    if (!form) throw new Error('no form');
    expect(diagnoseForm(form, { symptom: { kind: 'status', status: 403 } }).symptomNote).toMatch(/matches/);
    expect(diagnoseForm(form, { symptom: { kind: 'timeout' } }).symptomNote).toMatch(/not what this link gives/);
  });

  it('a form the client cannot use is not walked', () => {
    const form = formToDiagnose(computeInvokeForms(apiInput(), { ...inVpc, client: 'browser' }), 'A2');
    if (!form) throw new Error('no form');
    expect(diagnoseForm(form).notApplicable).toMatch(/Host/);
  });
});

const PROVIDER_ACCOUNT = '111111111111';
const CONSUMER_ACCOUNT = '222222222222';
const consumerForm = () => {
  const form = formToDiagnose(computeInvokeForms(consumerDomainInput(), inConsumerVpc), 'B1');
  if (!form) throw new Error('no form');
  return form;
};
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a prerequisite');
  return value;
}
const vpceOf = (form: { vpceId?: string }) => form.vpceId ?? '';
const DOMAIN_ARN = consumerDomainInput().target.kind === 'private-domain' ? consumerDomainInput().target : undefined;

describe('diagnoseForm: facts read on the other side', () => {
  const form = consumerForm();
  const domainNameArn =
    DOMAIN_ARN && 'domain' in DOMAIN_ARN ? DOMAIN_ARN.domain.domainNameArn : 'arn:aws:apigateway:::/domainnames/x+y';
  const association = (over: Partial<Parameters<typeof associationPrerequisite>[0]>) =>
    associationPrerequisite({
      exists: true,
      sameAccount: false,
      now: '2026-01-01T12:00:00Z',
      vpceId: vpceOf(form),
      domainNameArn,
      providerAccountId: PROVIDER_ACCOUNT,
      ...over,
    });
  const accounts = { current: CONSUMER_ACCOUNT, client: CONSUMER_ACCOUNT, provider: PROVIDER_ACCOUNT };
  const ctx = (...side: (ReturnType<typeof association> | undefined)[]): WalkContext => ({
    accounts,
    sideFacts: side.filter((p) => p !== undefined),
    remedyFacts: { vpceId: vpceOf(form) },
  });

  it.each([
    ['provider still lists it', { seenByProvider: true }, 'ok'],
    ['provider rejected it', { seenByProvider: false }, 'broken'],
    ['created 5 minutes ago', { seenByProvider: true, createdAt: '2026-01-01T11:55:00Z' }, 'broken'],
    ['created 20 minutes ago', { seenByProvider: true, createdAt: '2026-01-01T11:40:00Z' }, 'ok'],
    ['provider side not read', {}, 'unknown'],
  ] as const)('association: %s', (_name, over, status) => {
    const d = diagnoseForm(form, ctx(association(over)));
    expect(d.links.find((l) => l.id === 'access-association')?.status).toBe(status);
  });

  it('a rejected association is the provider’s to decide: a message, no one-click fix', () => {
    const d = diagnoseForm(form, ctx(association({ seenByProvider: false })));
    expect(d.broken?.prerequisite.id).toBe('association-rejected');
    expect(d.broken?.ownerAccountId).toBe(PROVIDER_ACCOUNT);
    expect(d.broken?.remedy).toBeUndefined();
    expect(d.broken?.messageForOwner).toContain(`account ${PROVIDER_ACCOUNT}`);
  });

  it('a young association says how long to wait', () => {
    const d = diagnoseForm(form, ctx(association({ seenByProvider: true, createdAt: '2026-01-01T11:55:00Z' })));
    expect(d.broken?.prerequisite.reason).toMatch(/5 min ago/);
    expect(d.broken?.fix).toMatch(/10 more minutes/);
  });

  const who = { clientAccountId: CONSUMER_ACCOUNT, providerAccountId: PROVIDER_ACCOUNT, domainNameArn };
  it.each([
    ['shared', { kind: 'shared', how: 'RAM share accepted' }, 'ok', undefined],
    [
      'invitation pending',
      { kind: 'pending', invitationArn: 'arn:aws:ram:us-east-1:1:resource-share-invitation/x' },
      'broken',
      'client',
    ],
    [
      'invitation expired',
      { kind: 'expired', invitationArn: 'arn:aws:ram:us-east-1:1:resource-share-invitation/x' },
      'broken',
      'provider',
    ],
    ['never shared', { kind: 'not-shared' }, 'broken', 'provider'],
    ['provider not readable', { kind: 'unknown' }, 'unknown', undefined],
  ] as const)('RAM share: %s', (_name, facts, status, owner) => {
    const d = diagnoseForm(form, ctx(association({ seenByProvider: true }), sharePrerequisite(facts, who)));
    expect(d.links.find((l) => l.id === 'ram-share')?.status).toBe(status);
    if (owner) expect(d.broken?.owner).toBe(owner);
  });

  it('a pending invitation offers the accept action to the consumer in use', () => {
    const invitationArn = 'arn:aws:ram:us-east-1:111111111111:resource-share-invitation/x';
    const d = diagnoseUnshared(
      { form: 'B1', formTitle: 'Custom domain', url: 'https://api.example.com/orders' },
      defined(sharePrerequisite({ kind: 'pending', invitationArn }, who)),
      { accounts, remedyFacts: { invitationArn } },
    );
    expect(d.broken?.link.id).toBe('ram-share');
    expect(d.broken?.remedy).toEqual({ kind: 'accept-invitation', invitationArn });
    expect(d.links.filter((l) => l.id !== 'ram-share').every((l) => l.status === 'unknown')).toBe(true);
  });

  it('a missing association on a domain not shared yet is reported at the share', () => {
    const noAssociation = formToDiagnose(
      computeInvokeForms(consumerDomainInput({ accessAssociations: [] }), inConsumerVpc),
      'B1',
    );
    if (!noAssociation) throw new Error('no form');
    const d = diagnoseForm(noAssociation, ctx(sharePrerequisite({ kind: 'not-shared' }, who)));
    expect(d.broken?.link.id).toBe('ram-share');
  });

  it('AWS_IAM and an unsigned client: method authorization is broken', () => {
    const iam = formToDiagnose(computeInvokeForms(apiInput({ authorizationType: 'AWS_IAM' }), inVpc), 'A1');
    if (!iam) throw new Error('no form');
    const d = diagnoseForm(iam, {
      sideFacts: [signaturePrerequisite('AWS_IAM', false)].filter((p) => p !== undefined),
    });
    expect(d.broken?.link.id).toBe('method-authorization');
    expect(d.broken?.answer).toMatch(/MissingAuthenticationToken/);
    expect(signaturePrerequisite('NONE', false)).toBeUndefined();
  });
});
