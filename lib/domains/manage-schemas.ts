import { z } from 'zod';
import { accessStepSchema, mappingSchema, sharingStepSchema } from './create-domain-schema';
import { vpceIdProblem } from './endpoint-ids';
import { sharePrincipalProblem } from './share-principal';

/**
 * Inputs of the provider's management actions on an existing private domain or private API. The forms validate
 * with the same schemas, so field errors read the same in the browser and from the server.
 */

export const domainRefSchema = z.object({
  domainName: z.string().min(1).max(253),
  domainNameId: z.string().regex(/^[a-z0-9]{1,32}$/, 'Not a domain name id.'),
});
export type DomainRefInput = z.infer<typeof domainRefSchema>;

const vpceId = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => !vpceIdProblem(v), { message: 'Not a VPC endpoint id (vpce- followed by 8 or 17 hex digits).' });
const restApiId = z.string().regex(/^[a-z0-9]{10}$/, 'Not a REST API id.');
const ARN = /^arn:aws[a-z-]*:/;

/** Domain invoke policy or API resource policy: generated from sources, or hand-written JSON (deny-all only for domains). */
export const updateDomainPolicySchema = z.object({ domain: domainRefSchema }).and(accessStepSchema);
export const updateApiPolicySchema = z
  .object({ restApiId })
  .and(accessStepSchema)
  .superRefine((v, ctx) => {
    if (v.access.mode === 'deny-all')
      ctx.addIssue({
        code: 'custom',
        path: ['access', 'mode'],
        message: 'A private API without an allowing policy cannot be deployed; write a policy instead.',
      });
  });

export const addMappingSchema = z.object({ domain: domainRefSchema, allowOnApi: z.boolean() }).and(mappingSchema);
export const updateMappingSchema = z
  .object({ domain: domainRefSchema, currentBasePath: z.string().min(1).max(300) })
  .and(mappingSchema);
export const removeMappingSchema = z.object({ domain: domainRefSchema, basePath: z.string().min(1).max(300) });

export const shareDomainSchema = z
  .object({ domain: domainRefSchema })
  .and(sharingStepSchema)
  .superRefine((v, ctx) => {
    if (v.sharing.mode === 'none')
      ctx.addIssue({ code: 'custom', path: ['sharing', 'mode'], message: 'Choose how to share.' });
  });
export const removeSharePrincipalSchema = z.object({
  domain: domainRefSchema,
  shareArn: z.string().regex(ARN, 'Not a resource share ARN.'),
  principal: z
    .string()
    .refine((p) => !sharePrincipalProblem(p), { message: 'Not an account id, organization or OU ARN.' }),
});
export const stopSharingSchema = z.object({
  domain: domainRefSchema,
  shareArn: z.string().regex(ARN, 'Not a resource share ARN.'),
});
/** Rewrites the managementPolicy's account list; an empty list removes every other account's right to associate. */
export const setManagementAccountsSchema = z.object({
  domain: domainRefSchema,
  accounts: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{12}$/, 'Account ids have 12 digits.'),
    )
    .max(100),
});

export const rejectAssociationSchema = z.object({
  domain: domainRefSchema,
  associationArn: z.string().regex(ARN, 'Not an access association ARN.'),
});
export const allowConsumerEndpointSchema = z.object({
  domain: domainRefSchema,
  vpceId,
  updateApis: z.boolean(),
  redeploy: z.boolean(),
});

export const deleteDomainSchema = z
  .object({ domain: domainRefSchema, confirmName: z.string() })
  .superRefine((v, ctx) => {
    if (v.confirmName.trim() !== v.domain.domainName)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmName'],
        message: `Type ${v.domain.domainName} exactly to confirm.`,
      });
  });

export const endpointAssociationsSchema = z
  .object({ restApiId, add: z.array(vpceId).max(50), remove: z.array(vpceId).max(50) })
  .superRefine((v, ctx) => {
    if (v.add.length + v.remove.length === 0)
      ctx.addIssue({ code: 'custom', path: ['add'], message: 'Choose endpoints to associate or disassociate.' });
  });
export const redeploySchema = z.object({
  restApiId,
  stage: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'Not a stage name.'),
});
