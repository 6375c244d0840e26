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
import { diagnoseForm, formToDiagnose, LINKS, type LinkId } from './walk';

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
    const d = diagnoseForm(form, { kind: 'status', status: 403 });
    expect(d.broken).toBeUndefined();
    expect(d.unknown?.link.id).toBe('access-association');
    expect(d.unknown?.messageForOwner).toMatch(/Ask .* whether they rejected/);
    expect(d.links.find((l) => l.id === 'domain-policy')?.status).toBe('unknown');
  });

  it('compares the symptom with what the link gives', () => {
    const form = formToDiagnose(computeInvokeForms(apiInput({}, denyingApi), inVpc), 'A1');
    if (!form) throw new Error('no form');
    expect(diagnoseForm(form, { kind: 'status', status: 403 }).symptomNote).toMatch(/matches/);
    expect(diagnoseForm(form, { kind: 'timeout' }).symptomNote).toMatch(/not what this link gives/);
  });

  it('a form the client cannot use is not walked', () => {
    const form = formToDiagnose(computeInvokeForms(apiInput(), { ...inVpc, client: 'browser' }), 'A2');
    if (!form) throw new Error('no form');
    expect(diagnoseForm(form).notApplicable).toMatch(/Host/);
  });
});
