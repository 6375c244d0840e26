import type { AliasRecordSpec } from '@/lib/invoke/dns';

/**
 * What an export describes, whatever the format: either the provider's side of a private domain (from the wizard's
 * plan, or read from a domain that exists) or one consumer's setup for a shared domain. The generators in this
 * folder turn one of these into code; they never read AWS.
 */

export const EXPORT_FORMATS = ['cli', 'cloudformation', 'terraform', 'cdk'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  cli: 'AWS CLI',
  cloudformation: 'CloudFormation',
  terraform: 'Terraform',
  cdk: 'CDK (TypeScript)',
};

/** RAM's managed permission for private custom domains. */
export const DOMAIN_SHARE_PERMISSION_ARN =
  'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';

export interface DomainSpec {
  domainName: string;
  certificateArn: string;
  securityPolicy: string;
  endpointAccessMode?: string;
  /** The invoke policy sent at creation; undefined = AWS's deny-all default. */
  policy?: unknown;
}

export interface MappingSpec {
  /** `(none)` for the catch-all. */
  basePath: string;
  restApiId: string;
  apiName: string;
  stage: string;
}

export interface ApiPolicySpec {
  restApiId: string;
  apiName: string;
  /** The resource policy to write, as the console would write it. */
  policy: unknown;
  /** Stages to redeploy so the policy takes effect. */
  redeployStages: string[];
}

export type SharingSpec =
  | { kind: 'none' }
  | { kind: 'ram-new'; shareName: string; principals: string[] }
  | { kind: 'ram-existing'; shareArn: string; principals: string[] }
  | { kind: 'management-policy'; principals: string[] };

export interface ProviderExport {
  kind: 'provider';
  /** Whether this describes a plan not yet run or a domain that exists. */
  origin: 'plan' | 'existing';
  region: string;
  accountId: string;
  domain: DomainSpec;
  mappings: MappingSpec[];
  apiPolicies: ApiPolicySpec[];
  sharing: SharingSpec;
  /** This account's own VPC endpoints associated with the domain. */
  ownAssociations: string[];
  /** Other accounts' associations: theirs to manage; the provider can only reject them. */
  otherAssociations: { arn: string; vpceId: string; accountId?: string }[];
  /** Things the code does not do, in words an operator can act on (the plan's warnings, unreadable parts). */
  notes: string[];
}

export type HostedZoneSpec = { kind: 'new'; name: string } | { kind: 'existing'; id: string; name: string };

export interface ConsumerExport {
  kind: 'consumer';
  region: string;
  accountId: string;
  domain: { domainName: string; domainNameId: string; domainNameArn: string; ownerAccountId?: string };
  endpoint: { vpceId: string; vpcId: string };
  zone: HostedZoneSpec;
  records: AliasRecordSpec[];
  notes: string[];
}

export type ExportModel = ProviderExport | ConsumerExport;
