import { describe, expect, it } from 'vitest';
import { apiResourcePolicy } from '../policies/generate';
import { computeInvokeForms } from './engine';
import {
  API_ID,
  aliasRecord,
  apiInput,
  CONSUMER,
  CONSUMER_VPC_ID,
  CONSUMER_VPCE_HOST,
  CONSUMER_VPCE_ID,
  consumerApiInput,
  consumerDomainInput,
  consumerEndpoint,
  CORS_OPEN,
  DOMAIN,
  DOMAIN_ARN,
  domainInput,
  endpoint,
  inConsumerVpc,
  inVpc,
  privateApi,
  privateDomain,
  PROVIDER,
  unreadableApi,
  VPC_ID,
  VPCE_HOST,
  VPCE_ID,
} from './fixtures';
import type {
  ClientSituation,
  FormId,
  FormStatus,
  InvokeForm,
  InvokeInput,
  InvokeResult,
  PrerequisiteStatus,
} from './types';

const CERT_ARN = 'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-demo';

const API_HOST = `${API_ID}.execute-api.us-east-1.amazonaws.com`;
const ALIAS_HOST = `${API_ID}-${VPCE_ID}.execute-api.us-east-1.amazonaws.com`;
const ARN = `arn:aws:execute-api:us-east-1:${PROVIDER}:${API_ID}/prod/GET/pets`;

function form(r: InvokeResult, id: FormId): InvokeForm {
  const f = r.forms.find((x) => x.id === id);
  if (!f) throw new Error(`form ${id} missing`);
  return f;
}

interface Expect {
  form: FormId;
  status: FormStatus;
  url?: string;
  headers?: Record<string, string>;
  prereq?: { id: string; status: PrerequisiteStatus; symptom?: RegExp; fix?: RegExp; ask?: RegExp };
  reason?: RegExp;
}

function check(r: InvokeResult, e: Expect): void {
  const f = form(r, e.form);
  const detail = JSON.stringify(
    f.prerequisites.filter((p) => p.status !== 'met').map((p) => [p.id, p.status, p.reason]),
  );
  expect(f.status, `${e.form} ${detail}`).toBe(e.status);
  if (e.url) expect(f.url).toBe(e.url);
  if (e.headers) expect(Object.fromEntries(f.headers.map((h) => [h.name, h.value]))).toEqual(e.headers);
  if (e.reason) expect(f.notApplicableReason).toMatch(e.reason);
  if (e.prereq) {
    const p = f.prerequisites.find((x) => x.id === e.prereq!.id);
    expect(p, `${e.form} lacks prerequisite ${e.prereq.id}`).toBeDefined();
    expect(p!.status, p!.reason).toBe(e.prereq.status);
    if (e.prereq.symptom) expect(p!.symptom).toMatch(e.prereq.symptom);
    if (e.prereq.fix) expect(p!.fix).toMatch(e.prereq.fix);
    if (e.prereq.ask) expect(p!.askProvider).toMatch(e.prereq.ask);
  }
}

type Row = [string, InvokeInput, ClientSituation, Expect[], FormId | undefined];

const apiRows: Row[] = [
  [
    'in VPC, private DNS on (docs/aws/url-forms.md#which-url-for-which-client row 1)',
    apiInput(),
    inVpc,
    [
      { form: 'A1', status: 'ready', url: `https://${API_HOST}/prod/pets`, headers: {} },
      { form: 'A2', status: 'ready', url: `https://${VPCE_HOST}/prod/pets`, headers: { Host: API_HOST } },
      { form: 'A3', status: 'ready', url: `https://${VPCE_HOST}/prod/pets`, headers: { 'x-apigw-api-id': API_ID } },
      {
        form: 'A4',
        status: 'blocked',
        url: `https://${ALIAS_HOST}/prod/pets`,
        // Private DNS on: the VPC answers the alias name too, and API Gateway refuses it.
        prereq: {
          id: 'vpce-associated',
          status: 'not-met',
          symptom: /HTTP 403 Forbidden/,
          fix: /vpcEndpointIds.*redeploy/,
        },
      },
    ],
    'A1',
  ],
  [
    'in VPC, private DNS off, not associated (docs/aws/url-forms.md#which-url-for-which-client row 3)',
    apiInput({ vpcEndpoints: [endpoint({ privateDnsEnabled: false })] }),
    inVpc,
    [
      { form: 'A1', status: 'blocked', prereq: { id: 'private-dns', status: 'not-met', symptom: /403/ } },
      { form: 'A2', status: 'ready' },
      { form: 'A3', status: 'ready' },
      { form: 'A4', status: 'blocked' },
    ],
    'A3',
  ],
  [
    'private DNS off, endpoint associated (alias form, docs/aws/url-forms.md#which-url-for-which-client row 2)',
    apiInput({ vpcEndpoints: [endpoint({ privateDnsEnabled: false })] }, privateApi({ vpcEndpointIds: [VPCE_ID] })),
    inVpc,
    [
      {
        form: 'A4',
        status: 'ready',
        url: `https://${ALIAS_HOST}/prod/pets`,
        headers: {},
        prereq: { id: 'vpce-associated', status: 'met' },
      },
    ],
    'A4',
  ],
  [
    'API policy changed to refuse the endpoint, not redeployed: the deployed policy still allows it',
    apiInput(
      {},
      privateApi({
        policy: JSON.stringify(apiResourcePolicy({ vpceIds: [CONSUMER_VPCE_ID] })),
        stages: [
          { name: 'prod', deploymentId: 'dep123', deployed: { policy: privateApi().policy ?? '', vpcEndpointIds: [] } },
        ],
      }),
    ),
    inVpc,
    [{ form: 'A1', status: 'ready', prereq: { id: 'api-policy', status: 'met' } }],
    'A1',
  ],
  [
    'API policy fixed, not redeployed: the deployed policy still refuses the endpoint',
    apiInput(
      {},
      privateApi({
        stages: [
          {
            name: 'prod',
            deploymentId: 'dep123',
            deployed: { policy: JSON.stringify(apiResourcePolicy({ vpceIds: [CONSUMER_VPCE_ID] })) },
          },
        ],
      }),
    ),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: {
          id: 'changes-deployed',
          status: 'not-met',
          symptom: /AccessDenied/,
          fix: /Redeploy the API to stage "prod"/,
        },
      },
    ],
    undefined,
  ],
  [
    'endpoint removed from vpcEndpointIds, not redeployed: the deployed alias still works',
    apiInput(
      { vpcEndpoints: [endpoint({ privateDnsEnabled: false })] },
      privateApi({ stages: [{ name: 'prod', deploymentId: 'dep123', deployed: { vpcEndpointIds: [VPCE_ID] } }] }),
    ),
    inVpc,
    [{ form: 'A4', status: 'ready', prereq: { id: 'vpce-associated', status: 'met' } }],
    'A4',
  ],
  [
    'endpoint associated, not redeployed: no alias yet (private DNS off: NXDOMAIN)',
    apiInput(
      { vpcEndpoints: [endpoint({ privateDnsEnabled: false })] },
      privateApi({
        vpcEndpointIds: [VPCE_ID],
        stages: [{ name: 'prod', deploymentId: 'dep123', deployed: { vpcEndpointIds: [] } }],
      }),
    ),
    inVpc,
    [
      {
        form: 'A4',
        status: 'blocked',
        prereq: { id: 'vpce-associated', status: 'not-met', symptom: /NXDOMAIN/, fix: /^Redeploy/ },
      },
    ],
    'A3',
  ],
  [
    'on premises via Direct Connect without resolver forwarding',
    apiInput({}, privateApi({ vpcEndpointIds: [VPCE_ID] })),
    { location: 'on-premises', vpcId: VPC_ID, client: 'server', onPremResolverForwarding: false },
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: { id: 'onprem-resolver', status: 'not-met', symptom: /403/, fix: /Resolver inbound endpoint/ },
      },
      { form: 'A4', status: 'ready' },
      { form: 'A2', status: 'ready' },
    ],
    'A4',
  ],
  [
    'on premises, forwarding unknown',
    apiInput(),
    { location: 'on-premises', vpcId: VPC_ID, client: 'server' },
    [{ form: 'A1', status: 'unverified', prereq: { id: 'onprem-resolver', status: 'unknown' } }],
    'A3',
  ],
  [
    'browser: no Host override, no custom header (only A1/A4)',
    apiInput({ cors: CORS_OPEN }, privateApi({ vpcEndpointIds: [VPCE_ID] })),
    { ...inVpc, client: 'browser' },
    [
      { form: 'A1', status: 'ready' },
      { form: 'A2', status: 'not-applicable', reason: /cannot set the Host/ },
      { form: 'A3', status: 'not-applicable', reason: /CORS preflight/ },
      { form: 'A4', status: 'ready' },
    ],
    'A1',
  ],
  [
    'IAM-authorized method: x-apigw-api-id, never Host',
    apiInput({ authorizationType: 'AWS_IAM' }),
    inVpc,
    [
      { form: 'A2', status: 'not-applicable', reason: /SigV4.*Host/ },
      {
        form: 'A3',
        status: 'unverified',
        headers: { 'x-apigw-api-id': API_ID },
        prereq: { id: 'iam-identity', status: 'unknown', symptom: /SigV4/ },
      },
    ],
    'A1',
  ],
  [
    'STRICT endpoint access mode refuses Host-header forms',
    apiInput({}, privateApi({ securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', endpointAccessMode: 'STRICT' })),
    inVpc,
    [
      { form: 'A1', status: 'ready', prereq: undefined },
      { form: 'A2', status: 'blocked', prereq: { id: 'access-mode', status: 'not-met', symptom: /SNI/, fix: /BASIC/ } },
      { form: 'A3', status: 'blocked', prereq: { id: 'access-mode', status: 'not-met' } },
    ],
    'A1',
  ],
  [
    'BASIC endpoint access mode keeps them',
    apiInput({}, privateApi({ securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', endpointAccessMode: 'BASIC' })),
    inVpc,
    [{ form: 'A2', status: 'ready', prereq: { id: 'access-mode', status: 'met' } }],
    'A1',
  ],
  [
    'public internet: nothing works',
    apiInput(),
    { location: 'internet', client: 'server' },
    [
      { form: 'A1', status: 'not-applicable', reason: /no public entry/ },
      { form: 'A4', status: 'not-applicable', reason: /no public entry/ },
    ],
    undefined,
  ],
];

const policyRows: Row[] = [
  [
    'policy explicitly denies this VPCE',
    apiInput({}, privateApi({ policy: JSON.stringify(apiResourcePolicy({ vpceIds: ['vpce-0other00000000000'] })) })),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: {
          id: 'api-policy',
          status: 'not-met',
          symptom: new RegExp(`anonymous is not authorized.*${ARN.replace(/[/]/g, '\\/')} with an explicit deny`),
        },
      },
    ],
    undefined,
  ],
  [
    'policy allows only another VPC (implicit deny)',
    apiInput(
      {},
      privateApi({
        policy: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'execute-api:Invoke',
              Resource: 'execute-api:/*',
              Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-other' } },
            },
          ],
        }),
      }),
    ),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: {
          id: 'api-policy',
          status: 'not-met',
          symptom:
            /is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5\/prod\/GET\/pets"\.$/,
        },
      },
    ],
    undefined,
  ],
  [
    'policy allows the VPC (aws:SourceVpc)',
    apiInput({}, privateApi({ policy: JSON.stringify(apiResourcePolicy({ vpcIds: [VPC_ID] })) })),
    inVpc,
    [{ form: 'A1', status: 'ready', prereq: { id: 'api-policy', status: 'met' } }],
    'A1',
  ],
  [
    'IAM principal in policy but method is not AWS_IAM',
    apiInput(
      {},
      privateApi({
        policy: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${PROVIDER}:role/app` },
              Action: 'execute-api:Invoke',
              Resource: 'execute-api:/*',
            },
          ],
        }),
      }),
    ),
    inVpc,
    [{ form: 'A1', status: 'blocked', prereq: { id: 'api-policy', status: 'not-met', symptom: /User: anonymous/ } }],
    undefined,
  ],
  [
    'no policy attached',
    apiInput({}, privateApi({ policy: null })),
    inVpc,
    [
      {
        form: 'A3',
        status: 'blocked',
        prereq: { id: 'api-policy', status: 'not-met', symptom: /AccessDeniedException/ },
      },
    ],
    undefined,
  ],
  [
    'escaped policy as GetRestApi returns it',
    apiInput(
      {},
      privateApi({
        policy: JSON.stringify(apiResourcePolicy({ vpceIds: [VPCE_ID] }))
          .replace(/"/g, '\\"')
          .replace(/\//g, '\\/'),
      }),
    ),
    inVpc,
    [{ form: 'A1', status: 'ready' }],
    'A1',
  ],
  [
    'wrong / missing stage',
    apiInput({}, privateApi({ stages: [{ name: 'dev', deploymentId: 'd1' }] })),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: { id: 'stage-deployed', status: 'not-met', symptom: /Missing Authentication Token/ },
      },
    ],
    undefined,
  ],
  [
    'disableExecuteApiEndpoint',
    apiInput({}, privateApi({ disableExecuteApiEndpoint: true })),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: { id: 'execute-api-endpoint', status: 'not-met', symptom: /403 Forbidden/ },
      },
    ],
    undefined,
  ],
  [
    'VPC DNS attributes off',
    apiInput({ vpcs: [{ vpcId: VPC_ID, enableDnsSupport: true, enableDnsHostnames: false }] }),
    inVpc,
    [
      {
        form: 'A1',
        status: 'blocked',
        prereq: {
          id: 'vpc-dns-attributes',
          status: 'not-met',
          symptom: /cannot be enabled/,
          fix: /enableDnsHostnames/,
        },
      },
      { form: 'A3', status: 'ready' },
    ],
    'A3',
  ],
  [
    'no endpoint in the VPC',
    apiInput({ vpcEndpoints: [] }),
    inVpc,
    [{ form: 'A3', status: 'blocked', prereq: { id: 'vpce-available', status: 'not-met', symptom: /timeout/ } }],
    undefined,
  ],
  [
    'endpoint pending',
    apiInput({ vpcEndpoints: [endpoint({ state: 'pending' })] }),
    inVpc,
    [{ form: 'A3', status: 'blocked', prereq: { id: 'vpce-available', status: 'not-met' } }],
    undefined,
  ],
  [
    'endpoint in another Region',
    apiInput({ vpcEndpoints: [endpoint({ region: 'eu-west-1' })] }),
    inVpc,
    [{ form: 'A3', status: 'blocked', prereq: { id: 'same-region', status: 'not-met', fix: /us-east-1/ } }],
    undefined,
  ],
  [
    'public API (not PRIVATE)',
    apiInput({}, privateApi({ endpointTypes: ['REGIONAL'] })),
    inVpc,
    [{ form: 'A1', status: 'blocked', prereq: { id: 'api-private', status: 'not-met', symptom: /403/ } }],
    undefined,
  ],
];

const domainRows: Row[] = [
  [
    "custom domain in the provider's own account (docs/aws/url-forms.md#which-url-for-which-client row 5)",
    domainInput(),
    inVpc,
    [
      { form: 'B1', status: 'ready', url: `https://${DOMAIN}/orders/pets`, headers: {} },
      { form: 'B2', status: 'ready', url: `https://${VPCE_HOST}/orders/pets`, headers: { Host: DOMAIN } },
    ],
    'B1',
  ],
  [
    'custom domain from a consumer account: provider config unknown (docs/aws/url-forms.md#which-url-for-which-client row 6)',
    consumerDomainInput(),
    inConsumerVpc,
    [
      {
        form: 'B1',
        status: 'unverified',
        url: `https://${DOMAIN}/orders/pets`,
        prereq: { id: 'domain-policy', status: 'unknown', ask: new RegExp(`account ${PROVIDER}.*${CONSUMER_VPCE_ID}`) },
      },
      {
        form: 'B1',
        status: 'unverified',
        prereq: { id: 'base-path-mapping', status: 'unknown', ask: /which base paths/ },
      },
      {
        form: 'B1',
        status: 'unverified',
        prereq: { id: 'mapped-api-policy', status: 'unknown', ask: /resource policy of the API mapped/ },
      },
      {
        form: 'B1',
        status: 'unverified',
        prereq: { id: 'access-association', status: 'unknown', ask: /whether they rejected the access association/ },
      },
      {
        form: 'B2',
        status: 'unverified',
        url: `https://${CONSUMER_VPCE_HOST}/orders/pets`,
        prereq: { id: 'access-mode', status: 'unknown', ask: /STRICT/ },
      },
    ],
    'B1',
  ],
  [
    'consumer without access association (share not accepted yet)',
    consumerDomainInput({ accessAssociations: [] }),
    inConsumerVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: {
          id: 'access-association',
          status: 'not-met',
          symptom: /403 Forbidden/,
          fix: /RAM share.*CreateDomainNameAccessAssociation/,
        },
      },
    ],
    undefined,
  ],
  [
    'no DNS record yet: VPCE host + Host header (docs/aws/url-forms.md#which-url-for-which-client row 7)',
    domainInput({ dnsRecords: [] }),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: {
          id: 'dns-record',
          status: 'not-met',
          symptom: /NXDOMAIN/,
          fix: new RegExp(`alias A ${DOMAIN} → ${VPCE_HOST.replace(/\./g, '\\.')} \\(zone Z7HUB22UULQXV\\)`),
        },
      },
      { form: 'B2', status: 'ready', headers: { Host: DOMAIN } },
    ],
    'B2',
  ],
  [
    'dualstack endpoint: fix asks for A and AAAA',
    domainInput({ dnsRecords: [], vpcEndpoints: [endpoint({ ipAddressType: 'dualstack' })] }),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'dns-record', status: 'not-met', fix: /alias A .* and alias AAAA/ },
      },
    ],
    'B2',
  ],
  [
    'record in a zone not associated with the VPC',
    domainInput({ dnsRecords: [aliasRecord('vpc-other', VPCE_HOST)] }),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: {
          id: 'dns-zone-vpc',
          status: 'not-met',
          symptom: /NXDOMAIN/,
          fix: new RegExp(
            `associate-vpc-with-hosted-zone --hosted-zone-id ZPHZ1 --vpc VPCRegion=us-east-1,VPCId=${VPC_ID}`,
          ),
        },
      },
    ],
    'B2',
  ],
  [
    "a zone on another VPC whose record points at that VPC's endpoint: create a record here, not associate the zone",
    domainInput({
      dnsRecords: [aliasRecord(CONSUMER_VPC_ID, CONSUMER_VPCE_HOST)],
      vpcEndpoints: [endpoint(), consumerEndpoint()],
    }),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'dns-record', status: 'not-met', fix: /Create a private hosted zone/ },
      },
    ],
    'B2',
  ],
  [
    'no access association',
    domainInput({ accessAssociations: [] }),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'access-association', status: 'not-met', symptom: /403 Forbidden/ },
      },
    ],
    undefined,
  ],
  [
    'access association younger than 15 minutes',
    domainInput({
      accessAssociations: [{ domainNameArn: DOMAIN_ARN, vpceId: VPCE_ID, createdAt: '2026-01-01T10:00:00Z' }],
      now: '2026-01-01T10:05:00Z',
    }),
    inVpc,
    [{ form: 'B1', status: 'unverified', prereq: { id: 'access-association', status: 'unknown', fix: /15 minutes/ } }],
    'B1',
  ],
  [
    'endpoint also associated with a same-name domain',
    domainInput({
      accessAssociations: [
        { domainNameArn: DOMAIN_ARN, vpceId: VPCE_ID },
        { domainNameArn: DOMAIN_ARN.replace('k3x9q2ab', 'zz000000'), vpceId: VPCE_ID },
      ],
    }),
    inVpc,
    [{ form: 'B1', status: 'blocked', prereq: { id: 'same-name-domain', status: 'not-met' } }],
    undefined,
  ],
  [
    'domain policy still the deny-all default',
    domainInput(
      {},
      privateDomain({
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
        }),
      }),
    ),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'domain-policy', status: 'not-met', symptom: /explicit deny/, fix: /UpdateDomainName/ },
      },
    ],
    undefined,
  ],
  [
    'domain policy does not list this VPCE',
    domainInput(
      {},
      privateDomain({
        policy: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'execute-api:Invoke',
              Resource: 'execute-api:/*',
              Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-x' } },
            },
          ],
        }),
      }),
    ),
    inVpc,
    [{ form: 'B2', status: 'blocked', prereq: { id: 'domain-policy', status: 'not-met', symptom: /403/ } }],
    undefined,
  ],
  [
    'mapped API policy lacks the VPCE',
    domainInput({}, privateDomain(), [
      privateApi({ policy: JSON.stringify(apiResourcePolicy({ vpceIds: ['vpce-x'] })) }),
    ]),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'mapped-api-policy', status: 'not-met', symptom: /mapped API's own policy/ },
      },
    ],
    undefined,
  ],
  [
    'mapped API stage not deployed',
    domainInput({}, privateDomain(), [privateApi({ stages: [] })]),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'mapped-api-stage', status: 'not-met', symptom: /Missing Authentication Token/ },
      },
    ],
    undefined,
  ],
  [
    'no base path mapping for the path called',
    domainInput({}, privateDomain({ basePathMappings: [{ basePath: 'billing', restApiId: API_ID, stage: 'prod' }] })),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'base-path-mapping', status: 'not-met', symptom: /403 Forbidden/ },
      },
    ],
    undefined,
  ],
  [
    'catch-all mapping: no base path in the URL',
    domainInput({
      target: {
        kind: 'private-domain',
        domain: privateDomain({ basePathMappings: [{ basePath: '(none)', restApiId: API_ID, stage: 'prod' }] }),
        basePath: '(none)',
        mappedApis: [privateApi()],
      },
    }),
    inVpc,
    [{ form: 'B1', status: 'ready', url: `https://${DOMAIN}/pets` }],
    'B1',
  ],
  [
    'STRICT on the domain refuses B2',
    domainInput(
      {},
      privateDomain({ securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', endpointAccessMode: 'STRICT' }),
    ),
    inVpc,
    [
      { form: 'B1', status: 'ready' },
      { form: 'B2', status: 'blocked', prereq: { id: 'access-mode', status: 'not-met' } },
    ],
    'B1',
  ],
  [
    'domain certificate expired: B1 fails the handshake, B2 meets the AWS certificate of the endpoint name',
    domainInput(
      {},
      privateDomain({
        certificate: { arn: CERT_ARN, status: 'EXPIRED', names: [DOMAIN], notAfter: '2026-01-01T00:00:00.000Z' },
      }),
    ),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: {
          id: 'domain-certificate',
          status: 'not-met',
          symptom: /certificate has expired/,
          fix: /does not renew a certificate once it has expired.*replace \/certificateArn/,
        },
      },
      { form: 'B2', status: 'ready' },
    ],
    'B2',
  ],
  [
    'domain certificate does not name the domain',
    domainInput({}, privateDomain({ certificate: { arn: CERT_ARN, status: 'ISSUED', names: ['*.other.example'] } })),
    inVpc,
    [
      {
        form: 'B1',
        status: 'blocked',
        prereq: { id: 'domain-certificate', status: 'not-met', fix: new RegExp(`covers ${DOMAIN}`) },
      },
    ],
    'B2',
  ],
  [
    'wildcard certificate covering the domain',
    domainInput({}, privateDomain({ certificate: { arn: CERT_ARN, status: 'ISSUED', names: ['*.internal.example'] } })),
    inVpc,
    [{ form: 'B1', status: 'ready' }],
    'B1',
  ],
  [
    'domain still provisioning',
    domainInput({}, privateDomain({ status: 'PENDING' })),
    inVpc,
    [{ form: 'B1', status: 'blocked', prereq: { id: 'domain-status', status: 'not-met' } }],
    undefined,
  ],
  [
    'domain from on premises without resolver',
    domainInput(),
    { location: 'on-premises', vpcId: VPC_ID, client: 'server', onPremResolverForwarding: false },
    [
      { form: 'B1', status: 'blocked', prereq: { id: 'onprem-resolver', status: 'not-met', symptom: /NXDOMAIN/ } },
      { form: 'B2', status: 'ready' },
    ],
    'B2',
  ],
  [
    'domain from a browser: only B1',
    domainInput({ cors: CORS_OPEN }),
    { ...inVpc, client: 'browser' },
    [
      { form: 'B1', status: 'ready' },
      { form: 'B2', status: 'not-applicable', reason: /Host/ },
    ],
    'B1',
  ],
  [
    'domain with an IAM-authorized method',
    domainInput({ authorizationType: 'AWS_IAM' }),
    inVpc,
    [
      { form: 'B1', status: 'unverified', prereq: { id: 'iam-identity', status: 'unknown' } },
      { form: 'B2', status: 'not-applicable', reason: /custom domain name \(B1\)/ },
    ],
    'B1',
  ],
];

describe.each([
  ['private API forms', apiRows],
  ['policy-driven failures', policyRows],
  ['private custom domain forms', domainRows],
])('%s', (_group, rows) => {
  it.each(rows)('%s', (_name, input, situation, expects, recommended) => {
    const r = computeInvokeForms(input, situation);
    for (const e of expects) check(r, e);
    expect(r.recommended).toBe(recommended);
  });
});

describe('invariants over every scenario', () => {
  const all = [...apiRows, ...policyRows, ...domainRows];
  it.each(all)(
    '%s: every unmet or unknown prerequisite says what the client sees and how to fix it',
    (_n, input, situation) => {
      const r = computeInvokeForms(input, situation);
      expect(r.forms.map((f) => f.id)).toEqual(
        input.target.kind === 'rest-api' ? ['A1', 'A2', 'A3', 'A4'] : ['B1', 'B2'],
      );
      for (const f of r.forms) {
        expect(f.explanation.whenToUse.length).toBeGreaterThan(20);
        expect(f.explanation.whatBreaksIt.length).toBeGreaterThan(0);
        expect(f.tlsNote).not.toBe('');
        expect(f.dnsPrerequisite).not.toBe('');
        expect(f.sni).toBe(new URL(f.url).hostname);
        for (const p of f.prerequisites.filter((x) => x.status !== 'met')) {
          expect(p.symptom, `${f.id}/${p.id}`).toBeTruthy();
          expect(p.fix, `${f.id}/${p.id}`).toBeTruthy();
        }
      }
    },
  );
});

/** Checks of the provider's API configuration, per form (the endpoint-side checks are the consumer's own). */
const PROVIDER_SIDE: Record<'A1' | 'A2' | 'A3' | 'A4', string[]> = {
  A1: ['api-private', 'stage-deployed', 'execute-api-endpoint', 'api-policy'],
  A2: ['access-mode', 'api-private', 'stage-deployed', 'execute-api-endpoint', 'api-policy'],
  A3: ['access-mode', 'api-private', 'stage-deployed', 'execute-api-endpoint', 'api-policy'],
  A4: ['vpce-associated', 'api-private', 'stage-deployed', 'execute-api-endpoint', 'api-policy'],
};
const CONSUMER_SIDE: Record<'A1' | 'A2' | 'A3' | 'A4', string[]> = {
  A1: ['private-dns', 'vpc-dns-attributes', 'vpce-available', 'same-region', 'endpoint-policy'],
  A2: ['vpce-available', 'same-region', 'endpoint-policy'],
  A3: ['vpce-available', 'same-region', 'endpoint-policy'],
  A4: ['vpce-available', 'same-region', 'endpoint-policy'],
};
const CONSUMER_ALIAS_HOST = `${API_ID}-${CONSUMER_VPCE_ID}.execute-api.us-east-1.amazonaws.com`;

describe.each(['A1', 'A2', 'A3', 'A4'] as const)("consumer calling the provider's API by id: %s", (id) => {
  const unread = form(computeInvokeForms(consumerApiInput(unreadableApi()), inConsumerVpc), id);
  const prereq = (f: InvokeForm, pid: string) => f.prerequisites.find((p) => p.id === pid);

  it.each(PROVIDER_SIDE[id])('%s is unknown, with a question for the owner naming the endpoint', (pid) => {
    const p = prereq(unread, pid);
    expect(p).toMatchObject({ status: 'unknown' });
    expect(p?.askProvider).toMatch(
      new RegExp(`^Ask .*${pid === 'api-policy' || pid === 'vpce-associated' ? CONSUMER_VPCE_ID : ''}`),
    );
    expect(p?.askProvider).toContain(pid === 'access-mode' ? 'API' : `API ${API_ID} (account ${PROVIDER})`);
  });

  it.each(CONSUMER_SIDE[id])("%s is checked with the consumer's own reads", (pid) => {
    expect(prereq(unread, pid)?.status).toBe('met');
  });

  it('the form is unverified, never ready, and goes through the consumer endpoint', () => {
    expect(unread.status).toBe('unverified');
    if (id !== 'A1') expect(unread.vpceId).toBe(CONSUMER_VPCE_ID);
  });

  it("read with the provider's context, nothing is unknown", () => {
    const read = form(computeInvokeForms(consumerApiInput(privateApi()), inConsumerVpc), id);
    const unknownIds = read.prerequisites.filter((p) => p.status === 'unknown').map((p) => p.id);
    expect(unknownIds.filter((pid) => PROVIDER_SIDE[id].includes(pid))).toEqual([]);
  });
});

describe("consumer calling the provider's API by id: the alias", () => {
  it.each([
    ['associated', privateApi({ vpcEndpointIds: [CONSUMER_VPCE_ID] }), 'met'],
    ['not associated', privateApi({ vpcEndpointIds: [VPCE_ID] }), 'not-met'],
    ['not readable', unreadableApi(), 'unknown'],
  ] as const)("names the consumer's endpoint; %s", (_, api, status) => {
    const a4 = form(computeInvokeForms(consumerApiInput(api), inConsumerVpc), 'A4');
    expect(a4.url).toBe(`https://${CONSUMER_ALIAS_HOST}/prod/pets`);
    expect(a4.prerequisites.find((p) => p.id === 'vpce-associated')?.status).toBe(status);
  });

  it('asks the owner to allow the endpoint for the request in the API policy', () => {
    const a4 = form(computeInvokeForms(consumerApiInput(unreadableApi()), inConsumerVpc), 'A4');
    expect(a4.prerequisites.find((p) => p.id === 'api-policy')?.askProvider).toBe(
      `Ask the owner of API ${API_ID} (account ${PROVIDER}) to allow execute-api:Invoke on ${ARN} from aws:SourceVpce ${CONSUMER_VPCE_ID} (or aws:SourceVpc ${CONSUMER_VPC_ID}) in the API's resource policy, and to redeploy stage "prod".`,
    );
  });
});

describe('engine details', () => {
  it('signs the URL host for AWS_IAM forms and never adds Host', () => {
    const r = computeInvokeForms(apiInput({ authorizationType: 'AWS_IAM' }), inVpc);
    const a3 = form(r, 'A3');
    expect(a3.signing).toMatchObject({ service: 'execute-api', region: 'us-east-1', signedHost: VPCE_HOST });
    expect(a3.headers.map((h) => h.name.toLowerCase())).not.toContain('host');
    expect(form(r, 'A1').signing?.signedHost).toBe(API_HOST);
    expect(form(computeInvokeForms(apiInput(), inVpc), 'A1').signing).toBeUndefined();
  });

  it('says what happens without the Host / x-apigw-api-id header', () => {
    const r = computeInvokeForms(apiInput(), inVpc);
    expect(form(r, 'A2').notes.join()).toMatch(/Host header.*403 Forbidden/);
    expect(form(r, 'A3').notes.join()).toMatch(/x-apigw-api-id header.*403 Forbidden/);
  });

  it('warns that private DNS on breaks public APIs from the VPC', () => {
    const a1 = form(computeInvokeForms(apiInput(), inVpc), 'A1');
    expect(a1.notes.join()).toMatch(/public APIs.*403/i);
  });

  it("A1 goes through the VPC's private-DNS endpoint even when another endpoint is chosen", () => {
    const other = endpoint(
      { privateDnsEnabled: false },
      'vpce-0bbb2222cccc33334',
      'vpce-0bbb2222cccc33334-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com',
    );
    const r = computeInvokeForms(apiInput({ vpcEndpoints: [other, endpoint()] }), { ...inVpc, vpceId: other.id });
    expect(form(r, 'A1').vpceId).toBe(VPCE_ID);
    expect(form(r, 'A3').vpceId).toBe(other.id);
    expect(form(r, 'A3').url).toContain('vpce-0bbb2222cccc33334-abcdefgh');
  });

  it("A4 of an endpoint without private DNS is refused when another endpoint's private DNS answers the alias", () => {
    const other = endpoint(
      { privateDnsEnabled: false },
      'vpce-0bbb2222cccc33334',
      'vpce-0bbb2222cccc33334-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com',
    );
    const input = apiInput({ vpcEndpoints: [other, endpoint()] }, privateApi({ vpcEndpointIds: [other.id, VPCE_ID] }));
    const a4 = form(computeInvokeForms(input, { ...inVpc, vpceId: other.id }), 'A4');
    expect(a4.status).toBe('blocked');
    expect(a4.prerequisites.find((p) => p.id === 'private-dns')).toMatchObject({
      status: 'not-met',
      symptom: expect.stringMatching(/HTTP 403 Forbidden/) as unknown,
    });
    expect(form(computeInvokeForms(input, { ...inVpc, vpceId: VPCE_ID }), 'A4').status).toBe('ready');
  });

  it('notes which endpoint was assumed when a VPC has several', () => {
    const second = endpoint(
      { privateDnsEnabled: false },
      'vpce-0bbb2222cccc33334',
      'vpce-0bbb2222cccc33334-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com',
    );
    expect(computeInvokeForms(apiInput({ vpcEndpoints: [endpoint(), second] }), inVpc).notes.join()).toMatch(
      /2 execute-api endpoints/,
    );
  });

  it('encodes hostile paths and queries into the URL', () => {
    const r = computeInvokeForms(
      apiInput({ request: { method: 'GET', path: "/a b/ü/'$(x)`/", query: [{ name: 'q&x', value: 'a=b c' }] } }),
      inVpc,
    );
    expect(form(r, 'A1').url).toBe(`https://${API_HOST}/prod/a%20b/%C3%BC/'$(x)%60/?q%26x=a%3Db%20c`);
  });

  it('B1 uses the endpoint its DNS record points to', () => {
    const r = computeInvokeForms(
      domainInput({
        vpcEndpoints: [consumerEndpoint({ vpcId: VPC_ID }), endpoint()],
        dnsRecords: [aliasRecord(VPC_ID, VPCE_HOST)],
      }),
      { ...inVpc, vpceId: CONSUMER_VPCE_ID },
    );
    expect(form(r, 'B1').vpceId).toBe(VPCE_ID);
    expect(form(r, 'B2').vpceId).toBe(CONSUMER_VPCE_ID);
  });

  it('mapping without stage: the first path segment is the stage', () => {
    const d = privateDomain({ basePathMappings: [{ basePath: 'orders', restApiId: API_ID }] });
    const r = computeInvokeForms(domainInput({ request: { method: 'GET', path: '/prod/pets' } }, d), inVpc);
    const b1 = form(r, 'B1');
    expect(b1.status).toBe('ready');
    expect(b1.url).toBe(`https://${DOMAIN}/orders/prod/pets`);
    expect(b1.notes.join()).toMatch(/start the path with the stage/);
  });

  it('consumer sees a note that provider configuration is invisible', () => {
    expect(form(computeInvokeForms(consumerDomainInput(), inConsumerVpc), 'B1').notes.join()).toMatch(
      /consumer account/,
    );
    expect(CONSUMER_VPC_ID).not.toBe(VPC_ID);
    expect(CONSUMER).not.toBe(PROVIDER);
  });
});
