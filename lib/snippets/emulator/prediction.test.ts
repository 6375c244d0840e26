import { describe, expect, it } from 'vitest';
import { computeInvokeForms } from '../../invoke/engine';
import { apiInput, domainInput, endpoint, inVpc, privateApi, privateDomain } from '../../invoke/fixtures';
import type { FormId, InvokeInput } from '../../invoke/types';
import type { SnippetId } from '../types';
import { linkAgrees, predictionFor, statusAgrees, type Prediction } from './prediction';
import type { LinkId } from '../../diagnose/walk';
import { refusingLink } from './refusal';

const DENY_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }],
});

function predict(input: InvokeInput, id: FormId, snippet: SnippetId = 'curl'): Prediction {
  return predictionFor(
    computeInvokeForms(input, inVpc).forms.find((f) => f.id === id)!,
    snippet,
  );
}

describe('predictionFor', () => {
  it.each<[string, InvokeInput, FormId, SnippetId, Partial<Prediction>]>([
    ['a ready form', apiInput(), 'A1', 'curl', { kind: 'success' }],
    [
      'an endpoint policy that refuses',
      apiInput({ vpcEndpoints: [endpoint({ policy: DENY_ALL })] }),
      'A1',
      'curl',
      { kind: 'refused', status: 403, link: 'VPC endpoint policy' },
    ],
    [
      'an API policy that refuses',
      apiInput({}, privateApi({ policy: DENY_ALL })),
      'A1',
      'node',
      { kind: 'refused', status: 403, link: 'API resource policy' },
    ],
    [
      'a domain without a record in the VPC',
      domainInput({ dnsRecords: [] }),
      'B1',
      'python',
      { kind: 'no-connection', link: 'DNS resolves the name to the endpoint' },
    ],
    [
      'a domain without the mapping',
      domainInput({}, privateDomain({ basePathMappings: [] })),
      'B1',
      'curl',
      { kind: 'refused', status: 403, link: 'Base path mapping' },
    ],
    [
      'an AWS_IAM method called unsigned',
      apiInput({ authorizationType: 'AWS_IAM' }),
      'A1',
      'curl',
      { kind: 'refused', status: 403, link: 'Method authorization' },
    ],
    [
      'an AWS_IAM method called signed (the identity policy is not readable)',
      apiInput({ authorizationType: 'AWS_IAM' }),
      'A1',
      'python-sigv4',
      { kind: 'unverified', link: 'Method authorization' },
    ],
  ])('%s', (_, input, id, snippet, expected) => {
    expect(predict(input, id, snippet)).toMatchObject(expected);
  });
});

describe('statusAgrees', () => {
  const refused403: Prediction = {
    kind: 'refused',
    status: 403,
    linkId: 'api-policy',
    link: 'l',
    prerequisite: 'p',
    symptom: 'HTTP 403',
  };
  const refusedUndocumented: Prediction = {
    kind: 'refused',
    linkId: 'tls',
    link: 'l',
    prerequisite: 'p',
    symptom: 'rejected',
  };
  const unverified: Prediction = {
    kind: 'unverified',
    linkId: 'domain-policy',
    link: 'l',
    prerequisite: 'p',
    symptom: 'HTTP 403 …',
  };
  it.each<[Prediction, number, boolean]>([
    [{ kind: 'success' }, 200, true],
    [{ kind: 'success' }, 403, false],
    [refused403, 403, true],
    [refused403, 404, false],
    [refused403, 200, false],
    [refusedUndocumented, 400, true],
    [refusedUndocumented, 200, false],
    [unverified, 200, true],
    [unverified, 403, true],
    [unverified, 500, false],
  ])('%j with HTTP %i: %s', (prediction, status, agrees) => {
    expect(statusAgrees(prediction, status)).toBe(agrees);
  });
});

describe('linkAgrees: the emulator names the refusing link (x-emulator-rule)', () => {
  const refused = (linkId: LinkId): Prediction => ({
    kind: 'refused',
    status: 403,
    linkId,
    link: 'l',
    prerequisite: 'p',
    symptom: 'HTTP 403',
  });
  it.each<[string, Prediction, Parameters<typeof linkAgrees>[1], boolean]>([
    ['same link', refused('domain-policy'), 'domain-policy', true],
    ['another link with the same status', refused('domain-policy'), 'base-path-mapping', false],
    ['no header (a 2xx, or AWS itself)', refused('domain-policy'), undefined, true],
    [
      'an unverified prediction accepts any link',
      { kind: 'unverified', linkId: 'api-policy', link: 'l', prerequisite: 'p', symptom: 'HTTP 403' },
      'domain-policy',
      true,
    ],
  ])('%s', (_, prediction, emulatorLink, agrees) => {
    expect(linkAgrees(prediction, emulatorLink)).toBe(agrees);
  });
});

describe('refusingLink', () => {
  it.each([
    [
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:111111111111:abc/prod/GET/ because no VPC endpoint policy allows the execute-api:Invoke action"}',
      'VPC endpoint policy',
    ],
    [
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:111111111111:/domainnames/api.example.com+abc with an explicit deny"}',
      'Domain policy (explicit deny)',
    ],
    [
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:111111111111:abc/prod/GET/orders"}',
      'API resource policy',
    ],
    [
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********1111:abc/prod/GET/orders with an explicit deny in a VPC endpoint policy"}',
      'VPC endpoint policy (explicit deny)',
    ],
    ['{"message":"Missing Authentication Token"}', 'Stage or resource (no such stage or route, or unsigned)'],
    ['{"message":"Forbidden"}', undefined],
  ])('%s → %s', (body, link) => {
    expect(refusingLink(403, body)).toBe(link);
  });

  it('names nothing for a success', () => {
    expect(refusingLink(200, 'no VPC endpoint policy allows')).toBeUndefined();
  });
});
