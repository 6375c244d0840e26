import { z } from 'zod';
import { parsePolicy } from '@/lib/policies';
import { basePathProblem, normalizeBasePath } from './base-path';
import { domainNameProblem, normalizeDomainName } from './domain-name';
import { vpceIdProblem, vpcIdProblem } from './endpoint-ids';
import { sharePrincipalKind, sharePrincipalProblem } from './share-principal';

/**
 * The create-domain wizard's input. The same schemas validate each wizard step in the browser and the whole
 * input in the server actions, so a field error reads the same wherever it is found.
 */

/** `TLS_1_2` is what the private-domain guide documents; the enhanced policies exist in the model (docs/aws/quotas.md). */
export const SECURITY_POLICIES = [
  'TLS_1_2',
  'SecurityPolicy_TLS13_1_3_2025_09',
  'SecurityPolicy_TLS13_1_2_2021_06',
  'SecurityPolicy_TLS13_1_2_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09',
] as const;
export type SecurityPolicy = (typeof SECURITY_POLICIES)[number];
export const ENDPOINT_ACCESS_MODES = ['BASIC', 'STRICT'] as const;

/** AWS accepts an endpoint access mode only together with an enhanced `SecurityPolicy_*` policy. */
export const supportsEndpointAccessMode = (policy: string) => policy.startsWith('SecurityPolicy_');

export const MAX_POLICY_LENGTH = 8192;

const ACM_ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;
const RAM_SHARE_ARN = /^arn:aws[a-z-]*:ram:[a-z0-9-]+:\d{12}:resource-share\/[A-Za-z0-9-]+$/;
export const REST_API_ID = /^[a-z0-9]{10}$/;
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export const nameStepSchema = z
  .object({
    domainName: z.string().trim().transform(normalizeDomainName),
    certificateArn: z.string().trim(),
    securityPolicy: z.enum(SECURITY_POLICIES, { message: 'Choose a security policy.' }),
    endpointAccessMode: z.enum(ENDPOINT_ACCESS_MODES).optional(),
  })
  .superRefine((v, ctx) => {
    const nameProblem = domainNameProblem(v.domainName);
    if (nameProblem) ctx.addIssue({ code: 'custom', path: ['domainName'], message: nameProblem });
    if (v.certificateArn === '')
      ctx.addIssue({
        code: 'custom',
        path: ['certificateArn'],
        message: 'Choose an ISSUED ACM certificate that covers the domain name.',
      });
    else if (!ACM_ARN.test(v.certificateArn))
      ctx.addIssue({
        code: 'custom',
        path: ['certificateArn'],
        message: 'Not an ACM certificate ARN (arn:aws:acm:region:account:certificate/…).',
      });
    if (v.endpointAccessMode && !supportsEndpointAccessMode(v.securityPolicy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpointAccessMode'],
        message:
          'Endpoint access mode needs an enhanced SecurityPolicy_* security policy; leave it empty with TLS_1_2.',
      });
    }
  });

export const ACCESS_MODES = ['generated', 'custom', 'deny-all'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const accessStepSchema = z
  .object({
    access: z.object({
      mode: z.enum(ACCESS_MODES),
      vpceIds: z.array(z.string().trim().toLowerCase()).max(200),
      vpcIds: z.array(z.string().trim().toLowerCase()).max(200),
      policyText: z.string().max(MAX_POLICY_LENGTH * 4),
    }),
  })
  .superRefine(({ access }, ctx) => {
    if (access.mode === 'generated') {
      const badEndpoint = access.vpceIds.map(vpceIdProblem).find(Boolean);
      if (badEndpoint) ctx.addIssue({ code: 'custom', path: ['access', 'vpceIds'], message: badEndpoint });
      const badVpc = access.vpcIds.map(vpcIdProblem).find(Boolean);
      if (badVpc) ctx.addIssue({ code: 'custom', path: ['access', 'vpcIds'], message: badVpc });
      if (access.vpceIds.length === 0 && access.vpcIds.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['access', 'vpceIds'],
          message:
            'Pick at least one VPC endpoint or VPC that may invoke the domain (or choose "deny all" explicitly).',
        });
      }
    }
    if (access.mode === 'custom') {
      const problem = customPolicyProblem(access.policyText);
      if (problem) ctx.addIssue({ code: 'custom', path: ['access', 'policyText'], message: problem });
    }
  });

/** Hand-edited policy JSON: parseable, statements readable, within AWS's length limit. */
export function customPolicyProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Paste or write the policy JSON.';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return `Not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
  }
  // The parser refuses hostile nesting before anything recursive (JSON.stringify below) walks the document.
  const parsed = parsePolicy(text);
  if (!parsed.ok) return parsed.error;
  const compact = JSON.stringify(value);
  if (compact.length > MAX_POLICY_LENGTH)
    return `The policy is ${compact.length} characters; AWS allows ${MAX_POLICY_LENGTH}.`;
  if (parsed.policy.statements.length === 0) return 'The policy has no statements.';
  if (parsed.warnings.length > 0) return parsed.warnings[0];
  return undefined;
}

export const mappingSchema = z
  .object({
    basePath: z.string().trim().transform(normalizeBasePath),
    restApiId: z.string().trim(),
    stage: z.string().trim(),
  })
  .superRefine((m, ctx) => {
    const bp = basePathProblem(m.basePath);
    if (bp) ctx.addIssue({ code: 'custom', path: ['basePath'], message: bp });
    if (m.restApiId === '')
      ctx.addIssue({ code: 'custom', path: ['restApiId'], message: 'Choose a private API of this account.' });
    else if (!REST_API_ID.test(m.restApiId))
      ctx.addIssue({
        code: 'custom',
        path: ['restApiId'],
        message: 'Not a REST API id (10 lowercase letters or digits).',
      });
    if (m.stage === '')
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'Choose the stage the base path routes to.' });
    else if (!STAGE_NAME.test(m.stage))
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: 'Stage names use letters, digits, hyphens and underscores.',
      });
  });
export type MappingInput = z.infer<typeof mappingSchema>;

export const mappingsStepSchema = z
  .object({
    mappings: z
      .array(mappingSchema)
      .min(1, 'Add at least one base path mapping: a private domain routes nothing without one.')
      .max(50),
    updateApiPolicies: z.boolean(),
    redeployStages: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const seen = new Map<string, number>();
    v.mappings.forEach((m, i) => {
      const first = seen.get(m.basePath);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['mappings', i, 'basePath'],
          message: `Base path ${m.basePath === '(none)' ? '(none)' : `"${m.basePath}"`} is already used by row ${first + 1}.`,
        });
      } else seen.set(m.basePath, i);
    });
  });

export const SHARING_MODES = ['none', 'ram-new', 'ram-existing', 'management-policy'] as const;
export type SharingMode = (typeof SHARING_MODES)[number];

export const sharingStepSchema = z
  .object({
    sharing: z.object({
      mode: z.enum(SHARING_MODES),
      principals: z.array(z.string().trim()).max(100),
      shareName: z.string().trim().max(255),
      existingShareArn: z.string().trim(),
    }),
  })
  .superRefine(({ sharing }, ctx) => {
    if (sharing.mode === 'none') return;
    if (sharing.principals.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['sharing', 'principals'],
        message: 'Enter at least one consumer account id, organization ARN or OU ARN.',
      });
    const bad = sharing.principals.map(sharePrincipalProblem).find(Boolean);
    if (bad) ctx.addIssue({ code: 'custom', path: ['sharing', 'principals'], message: bad });
    if (
      sharing.mode === 'management-policy' &&
      sharing.principals.some((p) => sharePrincipalKind(p) && sharePrincipalKind(p) !== 'account')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharing', 'principals'],
        message: 'Sharing without RAM names accounts only; use RAM to share with an organization or OU.',
      });
    }
    if (sharing.mode === 'ram-new' && !/^[\w .:/=+@-]{1,255}$/.test(sharing.shareName)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharing', 'shareName'],
        message: 'Name the new resource share (letters, digits, spaces and _ . : / = + - @).',
      });
    }
    if (sharing.mode === 'ram-existing' && !RAM_SHARE_ARN.test(sharing.existingShareArn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharing', 'existingShareArn'],
        message: 'Choose one of your resource shares.',
      });
    }
  });

export const createDomainSchema = z
  .object({ creationToken: z.uuid({ message: 'The wizard lost its creation token; reload the page.' }) })
  .and(nameStepSchema)
  .and(accessStepSchema)
  .and(mappingsStepSchema)
  .and(sharingStepSchema);

export type CreateDomainInput = z.infer<typeof createDomainSchema>;
/** What the form holds before parsing (the schemas' input side). */
export type CreateDomainDraft = z.input<typeof createDomainSchema>;

/** Which wizard step owns a field path, so a server-side field error can take the operator there. */
export function stepOfField(field: string): number {
  if (/^(domainName|certificateArn|securityPolicy|endpointAccessMode)/.test(field)) return 0;
  if (field.startsWith('access')) return 1;
  if (/^(mappings|updateApiPolicies|redeployStages)/.test(field)) return 2;
  if (field.startsWith('sharing')) return 3;
  return 4;
}
