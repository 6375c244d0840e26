/**
 * Identifier formats the consumer forms accept, beyond the endpoint and VPC ids of lib/domains/endpoint-ids.ts.
 * Pure: shared by the zod schemas (which the browser imports for field errors) and the server actions.
 */

/** Route 53 zone ids are upper-case alphanumerics starting with Z (docs/aws/api-operations.md#route-53). */
export const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,32}$/;
export const RAM_INVITATION_ARN = /^arn:aws[\w-]*:ram:[a-z0-9-]+:\d{12}:resource-share-invitation\/[0-9a-f-]{36}$/;
/** Public custom domain ARNs carry no account and no `+domainNameId` (docs/aws/resources.md#private-custom-domain-name). */
export const PUBLIC_DOMAIN_ARN = /^arn:aws[\w-]*:apigateway:[a-z0-9-]+::\/domainnames\/[^+/\s]+$/;

/** `new` creates a private hosted zone named like the domain and associated with the endpoint's VPC. */
export const NEW_HOSTED_ZONE = 'new';
