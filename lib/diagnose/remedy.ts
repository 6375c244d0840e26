import type { InvokeInput } from '@/lib/invoke/types';

/**
 * One-click fixes the diagnosis can offer: each names an existing guarded server action (lib/actions) and its
 * input. Offered only when the account context in use owns what must change; otherwise the diagnosis writes a
 * message for the owning account instead.
 */
export type Remedy =
  | { kind: 'enable-vpc-dns'; vpcId: string }
  | { kind: 'create-dns-record'; domainNameArn: string; vpcEndpointId: string }
  | { kind: 'create-association'; domainNameArn: string; vpcEndpointId: string }
  | { kind: 'accept-invitation'; invitationArn: string }
  | { kind: 'allow-endpoint'; domainName: string; domainNameId: string; vpceId: string }
  | { kind: 'redeploy'; restApiId: string; stage: string };

/** What the remedies need to name their target; each is present when the diagnosis knows it. */
export interface RemedyFacts {
  domain?: { domainName: string; domainNameId: string; domainNameArn: string };
  vpceId?: string;
  vpcId?: string;
  invitationArn?: string;
  /** The API and stage the call reaches (the target, or the one mapped at the base path). */
  stage?: { restApiId: string; stage: string };
}

/** The one-click fix for a prerequisite that is not met, when one of the console's actions does exactly that. */
export function remedyFor(prerequisiteId: string, facts: RemedyFacts): Remedy | undefined {
  const { domain, vpceId, vpcId } = facts;
  switch (prerequisiteId) {
    case 'vpc-dns-attributes':
      return vpcId ? { kind: 'enable-vpc-dns', vpcId } : undefined;
    case 'dns-record':
      return domain && vpceId
        ? { kind: 'create-dns-record', domainNameArn: domain.domainNameArn, vpcEndpointId: vpceId }
        : undefined;
    case 'access-association':
      return domain && vpceId
        ? { kind: 'create-association', domainNameArn: domain.domainNameArn, vpcEndpointId: vpceId }
        : undefined;
    case 'ram-invitation':
      return facts.invitationArn ? { kind: 'accept-invitation', invitationArn: facts.invitationArn } : undefined;
    case 'domain-policy':
    case 'mapped-api-policy':
      return domain && vpceId
        ? { kind: 'allow-endpoint', domainName: domain.domainName, domainNameId: domain.domainNameId, vpceId }
        : undefined;
    case 'changes-deployed':
      return facts.stage ? { kind: 'redeploy', ...facts.stage } : undefined;
    default:
      return undefined;
  }
}

/** What the confirmation says the fix will do. */
export function remedyDescription(remedy: Remedy): string {
  switch (remedy.kind) {
    case 'enable-vpc-dns':
      return `Turn on enableDnsSupport and enableDnsHostnames on ${remedy.vpcId}.`;
    case 'create-dns-record':
      return `Create a private hosted zone for the domain on the endpoint's VPC (or reuse one) with an alias record to ${remedy.vpcEndpointId}.`;
    case 'create-association':
      return `Create the access association of ${remedy.vpcEndpointId} with ${remedy.domainNameArn}. AWS needs about 15 minutes before it carries calls.`;
    case 'accept-invitation':
      return `Accept the RAM invitation ${remedy.invitationArn}.`;
    case 'allow-endpoint':
      return `Allow ${remedy.vpceId} in the invoke policy of ${remedy.domainName} and in the resource policy of every API it maps, then redeploy their stages.`;
    case 'redeploy':
      return `Deploy stage ${remedy.stage} of API ${remedy.restApiId} (CreateDeployment), so it serves the current policy and endpoint associations.`;
  }
}

/** What the one-click fixes of a call need: its endpoint, VPC, domain and the stage it reaches. */
export function remedyFactsOf(input: InvokeInput, vpceId: string | undefined, vpcId: string | undefined): RemedyFacts {
  const { target } = input;
  const facts: RemedyFacts = { ...(vpceId ? { vpceId } : {}), ...(vpcId ? { vpcId } : {}) };
  if (target.kind === 'rest-api') return { ...facts, stage: { restApiId: target.api.id, stage: target.stage } };
  const { domainName, domainNameId, domainNameArn } = target.domain;
  const mapping = target.domain.basePathMappings?.find((m) =>
    [target.basePath, target.basePath.replace(/^\//, '')].includes(m.basePath),
  );
  return {
    ...facts,
    domain: { domainName, domainNameId, domainNameArn },
    ...(mapping?.stage ? { stage: { restApiId: mapping.restApiId, stage: mapping.stage } } : {}),
  };
}
