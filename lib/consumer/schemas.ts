/**
 * Input of every consumer mutation. The server actions parse with these, and the forms import the same schemas
 * so a field error reads the same in the browser and from the server.
 */
import { z } from 'zod';
import { parseAccessAssociationArn, parseDomainNameArn } from '@/lib/domains/arn';
import { VPCE_ID, VPC_ID } from '@/lib/domains/endpoint-ids';
import { bareHostedZoneId } from '@/lib/model/hosted-zones';
import { HOSTED_ZONE_ID, NEW_HOSTED_ZONE, PUBLIC_DOMAIN_ARN, RAM_INVITATION_ARN } from './ids';

const EXAMPLE_DOMAIN_ARN = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.example.com+abcd1234';

export const domainNameArnField = z
  .string({ error: 'Enter the domain ARN.' })
  .trim()
  .min(1, 'Enter the domain ARN the provider gave you.')
  .max(2048, 'A domain ARN is at most 2048 characters.')
  .superRefine((value, ctx) => {
    if (parseDomainNameArn(value) && !/\s/.test(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: PUBLIC_DOMAIN_ARN.test(value)
        ? 'This is the ARN of a public custom domain. A private domain ARN has the owner account and "+domainNameId", e.g. ' +
          EXAMPLE_DOMAIN_ARN +
          '.'
        : `Not a private custom domain ARN. Expected ${EXAMPLE_DOMAIN_ARN} (the provider sees it on the domain's page).`,
    });
  });

export const vpcEndpointIdField = z
  .string({ error: 'Pick a VPC endpoint.' })
  .trim()
  .min(1, 'Pick one of your execute-api VPC endpoints.')
  .regex(VPCE_ID, 'A VPC endpoint id looks like vpce-0123456789abcdef0.');

export const invitationDecisionSchema = z.object({
  invitationArn: z
    .string({ error: 'Missing invitation ARN.' })
    .trim()
    .regex(
      RAM_INVITATION_ARN,
      'Not a RAM invitation ARN (arn:aws:ram:{region}:{account}:resource-share-invitation/{id}).',
    ),
});
export type InvitationDecisionInput = z.infer<typeof invitationDecisionSchema>;

export const createAssociationSchema = z.object({
  domainNameArn: domainNameArnField,
  vpcEndpointId: vpcEndpointIdField,
});
export type CreateAssociationInput = z.infer<typeof createAssociationSchema>;

export { NEW_HOSTED_ZONE };

export const createDnsRecordSchema = z.object({
  domainNameArn: domainNameArnField,
  vpcEndpointId: vpcEndpointIdField,
  hostedZone: z
    .string({ error: 'Pick a private hosted zone, or create one.' })
    .trim()
    .min(1, 'Pick a private hosted zone associated with the endpoint’s VPC, or create one for the domain.')
    .transform((v) => (v === NEW_HOSTED_ZONE ? v : bareHostedZoneId(v)))
    .refine(
      (v) => v === NEW_HOSTED_ZONE || HOSTED_ZONE_ID.test(v),
      'A hosted zone id looks like Z0123456789ABCDEFGHIJ.',
    ),
});
export type CreateDnsRecordInput = z.infer<typeof createDnsRecordSchema>;

export const fixVpcDnsSchema = z.object({
  vpcId: z.string({ error: 'Missing VPC id.' }).trim().regex(VPC_ID, 'A VPC id looks like vpc-0123456789abcdef0.'),
});
export type FixVpcDnsInput = z.infer<typeof fixVpcDnsSchema>;

export const leaveDomainSchema = z
  .object({
    domainNameArn: domainNameArnField,
    associationArn: z
      .string({ error: 'Pick the association to delete.' })
      .trim()
      .refine((v) => parseAccessAssociationArn(v) !== undefined, 'Not a domain name access association ARN.'),
    /** Also delete the alias A/AAAA records for the domain that point at this endpoint (the zone itself stays). */
    deleteDnsRecords: z.boolean(),
  })
  .superRefine((input, ctx) => {
    const assoc = parseAccessAssociationArn(input.associationArn);
    if (assoc && !input.domainNameArn.endsWith(`:/domainnames/${assoc.domainName}+${assoc.domainNameId}`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['associationArn'],
        message: 'This association belongs to another domain.',
      });
    }
  });
export type LeaveDomainInput = z.infer<typeof leaveDomainSchema>;
