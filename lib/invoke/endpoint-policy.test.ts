import { describe, expect, it } from 'vitest';
import { computeInvokeForms } from './engine';
import {
  API_ID,
  apiInput,
  consumerDomainInput,
  consumerEndpoint,
  DOMAIN_EXEC_ARN,
  domainInput,
  endpoint,
  inConsumerVpc,
  inVpc,
  PROVIDER,
  REGION,
} from './fixtures';
import type { ClientSituation, FormStatus, InvokeInput, PrerequisiteStatus } from './types';

const allow = (statement: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', ...statement }],
  });
const FULL_ACCESS = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});
const OTHER_API = allow({ Resource: `arn:aws:execute-api:${REGION}:${PROVIDER}:zzzzzzzzzz/*` });
const THIS_API = allow({ Resource: `arn:aws:execute-api:${REGION}:${PROVIDER}:${API_ID}/*` });
const VIA_DOMAIN = allow({ Resource: '*', Condition: { ArnEquals: { 'execute-api:viaDomainArn': DOMAIN_EXEC_ARN } } });
const DENY_ALL = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
    { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' },
  ],
});

type Row = [string, InvokeInput, ClientSituation, PrerequisiteStatus, FormStatus];

const rows: Row[] = [
  ['API, no policy returned: default full access', apiInput(), inVpc, 'met', 'ready'],
  ['API, full-access policy', apiInput({ vpcEndpoints: [endpoint({ policy: FULL_ACCESS })] }), inVpc, 'met', 'ready'],
  ['API, policy names this API', apiInput({ vpcEndpoints: [endpoint({ policy: THIS_API })] }), inVpc, 'met', 'ready'],
  [
    'API, policy names another API only',
    apiInput({ vpcEndpoints: [endpoint({ policy: OTHER_API })] }),
    inVpc,
    'not-met',
    'blocked',
  ],
  ['API, explicit deny', apiInput({ vpcEndpoints: [endpoint({ policy: DENY_ALL })] }), inVpc, 'not-met', 'blocked'],
  [
    'API, viaDomainArn condition does not match a direct call',
    apiInput({ vpcEndpoints: [endpoint({ policy: VIA_DOMAIN })] }),
    inVpc,
    'not-met',
    'blocked',
  ],
  [
    'domain, viaDomainArn allows requests through the domain',
    domainInput({ vpcEndpoints: [endpoint({ policy: VIA_DOMAIN })] }),
    inVpc,
    'met',
    'ready',
  ],
  [
    'domain, policy names the mapped API',
    domainInput({ vpcEndpoints: [endpoint({ policy: THIS_API })] }),
    inVpc,
    'met',
    'ready',
  ],
  [
    'domain, policy names another API only',
    domainInput({ vpcEndpoints: [endpoint({ policy: OTHER_API })] }),
    inVpc,
    'not-met',
    'blocked',
  ],
  [
    'consumer domain, viaDomainArn allows',
    consumerDomainInput({ vpcEndpoints: [consumerEndpoint({ policy: VIA_DOMAIN })] }),
    inConsumerVpc,
    'met',
    'unverified',
  ],
  [
    'consumer domain, API-specific policy: unknown which API the base path maps to',
    consumerDomainInput({ vpcEndpoints: [consumerEndpoint({ policy: THIS_API })] }),
    inConsumerVpc,
    'unknown',
    'unverified',
  ],
  [
    'consumer domain, explicit deny',
    consumerDomainInput({ vpcEndpoints: [consumerEndpoint({ policy: DENY_ALL })] }),
    inConsumerVpc,
    'not-met',
    'blocked',
  ],
];

describe('VPC endpoint policy prerequisite', () => {
  it.each(rows)('%s', (_name, input, situation, prereq, formStatus) => {
    const result = computeInvokeForms(input, situation);
    const first = result.forms[0];
    const p = first.prerequisites.find((x) => x.id === 'endpoint-policy');
    expect(p?.status, p?.reason).toBe(prereq);
    expect(first.status).toBe(formStatus);
    if (prereq !== 'met') {
      expect(p?.fix).toMatch(/ModifyVpcEndpoint on vpce-/);
      expect(p?.fix).toContain('apigateway-vpc-endpoint-policies.html');
      expect(p?.symptom).toMatch(/403/);
    }
  });

  it('says the endpoint has the default policy when EC2 returned none', () => {
    const p = computeInvokeForms(apiInput(), inVpc).forms[0].prerequisites.find((x) => x.id === 'endpoint-policy');
    expect(p?.reason).toMatch(/default full-access policy/);
  });

  it('blocks every form through the endpoint', () => {
    const result = computeInvokeForms(apiInput({ vpcEndpoints: [endpoint({ policy: DENY_ALL })] }), inVpc);
    expect(result.forms.map((f) => f.status)).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
  });
});
