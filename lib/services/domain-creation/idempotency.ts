import 'server-only';
import type { DomainName as SdkDomainName } from '@aws-sdk/client-api-gateway';
import type { Session } from '@/lib/aws/session';
import { CREATION_TOKEN_TAG, createPrivateDomain, findOwnDomainByCreationToken } from '@/lib/aws/write/domain-names';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { domainPolicyFor } from '@/lib/domains/create-plan';
import type { CreatedDomain } from '@/lib/domains/creation-run';
import { ActionFailure } from '@/lib/errors';

/**
 * Private domain names are not unique, so a wizard run finds its domain again through the creation-token tag, never
 * by name. AWS decides: the tag lookup runs before every create, so a second replica or tab finds what the first
 * made. What remains is the window between two replicas' lookups and creates (both see nothing, both create); the
 * in-process lock closes it for requests that reach the same process, such as a double click.
 */

const creations: Map<string, Promise<SdkDomainName>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('console.domainCreations')
] ??= new Map()) as Map<string, Promise<SdkDomainName>>;

export function refOf(d: SdkDomainName): CreatedDomain {
  return { domainName: d.domainName ?? '', domainNameId: d.domainNameId ?? '', domainNameArn: d.domainNameArn ?? '' };
}

export async function createOrFindDomain(
  session: Session,
  input: CreateDomainInput,
): Promise<{ domain: CreatedDomain; created: boolean }> {
  const key = `${session.context.id}|${session.region}|${input.creationToken}`;
  const inflight = creations.get(key);
  if (inflight) return { domain: refOf(await inflight), created: false };
  let created = false;
  const work = (async () => {
    const existing = await findOwnDomainByCreationToken(session, input.domainName, input.creationToken);
    if (existing) return existing;
    const policy = domainPolicyFor(input);
    const domain = await createPrivateDomain(session, {
      domainName: input.domainName,
      certificateArn: input.certificateArn,
      securityPolicy: input.securityPolicy,
      endpointAccessMode: input.endpointAccessMode,
      policy: policy === undefined ? undefined : JSON.stringify(policy),
      tags: { [CREATION_TOKEN_TAG]: input.creationToken },
    });
    created = true;
    return domain;
  })();
  creations.set(key, work);
  try {
    return { domain: refOf(await work), created };
  } finally {
    // Once AWS has the domain, the tag finds it; keeping the promise would only leak memory.
    creations.delete(key);
  }
}

/** The domain this run created; every step after the first needs it. */
export async function requireCreatedDomain(session: Session, input: CreateDomainInput): Promise<CreatedDomain> {
  const d = await findOwnDomainByCreationToken(session, input.domainName, input.creationToken);
  if (!d?.domainNameId) {
    throw new ActionFailure({
      kind: 'conflict',
      title: 'Domain not created yet',
      message: 'This step needs the domain; run "Create private domain" first (Resume does it).',
    });
  }
  return refOf(d);
}
