/**
 * The consumer's guided path for one shared private domain (docs/aws/cross-account.md#consumer): every step gets a state the admin
 * can act on — done, to do, or blocked with the reason — derived only from what the consumer account can see.
 */
import type { DnsCheck } from './dns-check';
import type { OwnAssociation } from './endpoint-choice';

export type StepStatus = 'done' | 'todo' | 'blocked';
export type StepId = 'access' | 'associate' | 'dns' | 'provider' | 'invoke';

export interface Step {
  id: StepId;
  title: string;
  status: StepStatus;
  /** Who has to act: some steps only the provider can complete. */
  owner: 'you' | 'provider';
  /** Why the step is in this state, in words the admin can act on. */
  why: string;
}

export interface StepFacts {
  accountId: string;
  /** Region the console is looking at. */
  region: string;
  domain: { name: string; arn: string; ownerAccountId: string; region: string };
  /** The domain shows up in GetDomainNames(OTHER_ACCOUNTS) or RAM ListResources for this account. */
  shared: boolean;
  /** A pending RAM invitation for this domain's share exists. */
  pendingInvitation: boolean;
  endpointCount: number;
  /** This account's associations with this domain. */
  associations: OwnAssociation[];
  /** DNS check for the endpoint the panel focuses on: one whose DNS works, else the first (undefined until one is associated). */
  dns?: DnsCheck;
  dnsEndpointId?: string;
  /** Other associated endpoints whose DNS does not work yet. */
  dnsIncompleteElsewhere?: string[];
  /** The base path the operator said the provider mapped (a consumer cannot read the mappings); absent = not given. */
  basePath?: string;
}

export const ASSOCIATION_DELAY_NOTE = 'A new association may take up to 15 minutes to start working.';

function accessStep(f: StepFacts): Step {
  const base = { id: 'access' as const, title: 'Accept the share', owner: 'you' as const };
  if (f.shared)
    return {
      ...base,
      status: 'done',
      why: `Account ${f.domain.ownerAccountId} shares this domain with account ${f.accountId}.`,
    };
  if (f.pendingInvitation)
    return {
      ...base,
      status: 'todo',
      why: 'An invitation for this domain is waiting on the Sharing page; accept it within its 12 hours.',
    };
  return {
    ...base,
    owner: 'provider',
    status: 'blocked',
    why: `Account ${f.domain.ownerAccountId} has not shared this domain with account ${f.accountId}, and no invitation for it is waiting. The provider must share it again, via RAM or a management policy.`,
  };
}

function associateStep(f: StepFacts, access: Step): Step {
  const base = { id: 'associate' as const, title: 'Associate your VPC endpoint', owner: 'you' as const };
  if (f.associations.length > 0) {
    const list = f.associations.map((a) => a.vpceId).join(', ');
    return {
      ...base,
      status: 'done',
      why: `${list} ${f.associations.length > 1 ? 'are' : 'is'} associated. ${ASSOCIATION_DELAY_NOTE}`,
    };
  }
  if (f.domain.region !== f.region) {
    return {
      ...base,
      status: 'blocked',
      why: `The domain is in ${f.domain.region}; associations need an endpoint in the same Region. Switch the Region to ${f.domain.region}.`,
    };
  }
  if (access.status !== 'done')
    return { ...base, status: 'blocked', why: 'The domain must be shared with this account first.' };
  if (f.endpointCount === 0) {
    return {
      ...base,
      status: 'blocked',
      why: `Account ${f.accountId} has no execute-api interface endpoint in ${f.region}. Create one in the VPC your clients run in, then come back.`,
    };
  }
  return {
    ...base,
    status: 'todo',
    why: `Pick one of your ${f.endpointCount} execute-api endpoint${f.endpointCount > 1 ? 's' : ''} in ${f.region} and associate it.`,
  };
}

function dnsStep(f: StepFacts): Step {
  const base = { id: 'dns' as const, title: 'Create the DNS record', owner: 'you' as const };
  if (f.associations.length === 0 || !f.dns)
    return { ...base, status: 'blocked', why: 'Associate an endpoint first: the record points at it.' };
  const d = f.dns;
  const forEndpoint = f.dnsEndpointId ? ` for ${f.dnsEndpointId}` : '';
  if (d.complete) {
    const others = f.dnsIncompleteElsewhere?.length
      ? ` ${f.dnsIncompleteElsewhere.join(', ')} still ${f.dnsIncompleteElsewhere.length > 1 ? 'need' : 'needs'} a working record (see below).`
      : '';
    return {
      ...base,
      status: 'done',
      why: `${d.records.map((r) => `Alias ${r.spec.type}`).join(' and ')}${forEndpoint} in zone ${d.effectiveZone?.name ?? ''} point at the endpoint.${others}`,
    };
  }
  if (d.noTargetReason) return { ...base, status: 'blocked', why: d.noTargetReason };
  const problems: string[] = [];
  if (!d.effectiveZone)
    problems.push(
      `no private hosted zone for ${f.domain.name} is associated with the VPC of ${f.dnsEndpointId ?? 'the endpoint'}`,
    );
  for (const r of d.records) {
    if (r.status.kind === 'missing' && d.effectiveZone)
      problems.push(`the alias ${r.spec.type} record${forEndpoint} is missing`);
    if (r.status.kind === 'points-elsewhere')
      problems.push(
        `the ${r.spec.type} record points at ${r.status.target}, not at ${f.dnsEndpointId ?? 'the endpoint'}`,
      );
  }
  if (d.vpcAttributesOff?.length)
    problems.push(`its VPC has ${d.vpcAttributesOff.join(' and ')} off, so private hosted zones do not resolve`);
  return { ...base, status: 'todo', why: capitalize(problems.join('; ')) + '.' };
}

function providerStep(f: StepFacts): Step {
  const base = {
    id: 'provider' as const,
    title: 'Ask the provider to allow your endpoint',
    owner: 'provider' as const,
  };
  if (f.associations.length === 0)
    return { ...base, status: 'blocked', why: 'Associate an endpoint first: the provider needs its id.' };
  return {
    ...base,
    status: 'todo',
    why: 'Only the provider can allow your endpoint in the domain policy and the mapped APIs’ policies, and this account cannot see whether they did. Send them the message below; calls get 403 until they act.',
  };
}

function invokeStep(f: StepFacts, associate: Step, dns: Step): Step {
  const base = { id: 'invoke' as const, title: 'Call the domain', owner: 'you' as const };
  if (associate.status !== 'done') return { ...base, status: 'blocked', why: 'Needs an associated endpoint.' };
  if (dns.status !== 'done')
    return {
      ...base,
      status: 'blocked',
      why: `Needs the DNS record, so that ${f.domain.name} resolves to your endpoint inside the VPC.`,
    };
  const url = `https://${f.domain.name}/${f.basePath ? `${f.basePath}/` : ''}…`;
  const basePath = f.basePath
    ? ''
    : ' This account cannot read which base paths the domain maps: ask the provider and enter it below.';
  return {
    ...base,
    status: 'todo',
    why: `Call ${url} from inside the VPC.${basePath} A 403 means the provider has not allowed your endpoint yet, or the association is less than 15 minutes old.`,
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function consumerSteps(f: StepFacts): Step[] {
  const access = accessStep(f);
  const associate = associateStep(f, access);
  const dns = dnsStep(f);
  return [access, associate, dns, providerStep(f), invokeStep(f, associate, dns)];
}
