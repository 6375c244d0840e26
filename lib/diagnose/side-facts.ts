import { met, notMet, unknown } from '@/lib/invoke/checks/prereq';
import { SYMPTOMS } from '@/lib/invoke/symptoms';
import type { AuthorizationType, Prerequisite } from '@/lib/invoke/types';

/**
 * Prerequisites the invoke engine cannot judge from one account: each is decided from what the other side's
 * credentials read (the provider's view of associations, the consumer's RAM invitations) or from the operator's
 * answer. They replace the engine's prerequisite of the same id in the walk.
 */

/** AWS needs about 15 minutes before a new access association carries calls (docs/aws/resources.md). */
export const ASSOCIATION_READY_MS = 15 * 60 * 1000;

export interface AssociationFacts {
  /** The endpoint's owner lists the association (`GetDomainNameAccessAssociations?resourceOwner=SELF`). */
  exists: boolean;
  /** The domain's owner still lists it (`resourceOwner=OTHER_ACCOUNTS`); a rejected one disappears there. `undefined`: not read. */
  seenByProvider?: boolean;
  /** Same account: nobody can reject it. */
  sameAccount: boolean;
  /** When the console created it (its audit trail); AWS keeps no creation time. */
  createdAt?: string;
  now: string;
  vpceId: string;
  domainNameArn: string;
  providerAccountId: string;
}

const ASSOCIATION_LABEL = 'Access association between the endpoint and the domain';

/** Exists, not rejected, and old enough; `undefined` when it is missing (the engine says so with its fix). */
export function associationPrerequisite(f: AssociationFacts): Prerequisite | undefined {
  if (!f.exists) return undefined;
  const age = f.createdAt ? Date.parse(f.now) - Date.parse(f.createdAt) : undefined;
  if (age !== undefined && age >= 0 && age < ASSOCIATION_READY_MS) {
    const left = Math.ceil((ASSOCIATION_READY_MS - age) / 60000);
    return notMet(
      'association-age',
      'Access association old enough to carry calls (~15 minutes)',
      `The console created the association of ${f.vpceId} ${Math.floor(age / 60000)} min ago; AWS needs about 15 minutes before it carries calls.`,
      `Wait about ${left} more minute${left === 1 ? '' : 's'} and call again; nothing needs changing.`,
      SYMPTOMS.noAccessAssociation,
    );
  }
  if (f.sameAccount) return met('access-association', ASSOCIATION_LABEL, `${f.vpceId} is associated with the domain.`);
  if (f.seenByProvider === undefined) return undefined;
  return f.seenByProvider
    ? met(
        'access-association',
        ASSOCIATION_LABEL,
        `${f.vpceId} is associated with the domain, and account ${f.providerAccountId} still lists the association (not rejected).`,
      )
    : notMet(
        'association-rejected',
        'Access association not rejected by the provider',
        `${f.vpceId} lists its association with ${f.domainNameArn}, but account ${f.providerAccountId} no longer does: the provider rejected it (RejectDomainNameAccessAssociation).`,
        `The provider decides: if it agrees, the endpoint's owner deletes the rejected association and creates it again (then ~15 minutes), and the provider allows ${f.vpceId} in the domain policy.`,
        SYMPTOMS.noAccessAssociation,
      );
}

/** How the domain reaches the endpoint's account: a RAM share (with its invitation) or a managementPolicy grant. */
export type ShareFacts =
  | { kind: 'same-account' }
  | { kind: 'shared'; how: string }
  | { kind: 'pending'; invitationArn: string; secondsLeft?: number }
  | { kind: 'expired'; invitationArn: string }
  | { kind: 'not-shared' }
  | { kind: 'unknown' }
  /** The domain's owner asks, without a context for the endpoint's account. */
  | { kind: 'unread-by-provider' };

const RAM_SHARE_LABEL = 'Domain shared with the endpoint’s account (RAM share or managementPolicy grant)';
const NOT_VISIBLE =
  'The consumer cannot create an access association, so calls get the answer of a missing association: Expect HTTP 403 Forbidden.';

export function sharePrerequisite(
  f: ShareFacts,
  who: { clientAccountId: string; providerAccountId: string; domainNameArn: string },
): Prerequisite | undefined {
  const { clientAccountId, providerAccountId, domainNameArn } = who;
  switch (f.kind) {
    case 'same-account':
      return undefined;
    case 'shared':
      return met('ram-share', RAM_SHARE_LABEL, f.how);
    case 'pending': {
      const left = f.secondsLeft === undefined ? '' : ` (${Math.floor(f.secondsLeft / 3600)} h left to accept)`;
      return notMet(
        'ram-invitation',
        'RAM invitation accepted',
        `Account ${providerAccountId} shared ${domainNameArn} through RAM; the invitation to ${clientAccountId} is still PENDING${left}.`,
        `Accept the RAM invitation ${f.invitationArn} in account ${clientAccountId} (AcceptResourceShareInvitation), then create the access association.`,
        NOT_VISIBLE,
      );
    }
    case 'expired':
      return notMet(
        'ram-share',
        RAM_SHARE_LABEL,
        `The RAM invitation ${f.invitationArn} from ${providerAccountId} to ${clientAccountId} expired (12 hours without acceptance).`,
        `Account ${providerAccountId} shares ${domainNameArn} with ${clientAccountId} again (RAM AssociateResourceShare or a new share, or a managementPolicy grant); then ${clientAccountId} accepts within 12 hours.`,
        NOT_VISIBLE,
      );
    case 'not-shared':
      return notMet(
        'ram-share',
        RAM_SHARE_LABEL,
        `Account ${providerAccountId} has not shared ${domainNameArn} with ${clientAccountId}: no RAM share names it, no invitation is waiting, and no managementPolicy grants it.`,
        `Account ${providerAccountId} shares the domain with ${clientAccountId} (RAM share with the APIGatewayPrivateDomainNameManagementPolicyDefaultPermission, or a managementPolicy grant); ${clientAccountId} accepts any invitation within 12 hours.`,
        NOT_VISIBLE,
      );
    case 'unknown':
      return unknown(
        'ram-share',
        RAM_SHARE_LABEL,
        `This account cannot read how account ${providerAccountId} shares the domain.`,
        `Account ${providerAccountId} shares ${domainNameArn} with ${clientAccountId} through RAM (accepted) or a managementPolicy grant.`,
        NOT_VISIBLE,
        `Ask account ${providerAccountId} whether ${domainNameArn} is shared with ${clientAccountId} (RAM share accepted, or a managementPolicy grant).`,
      );
    case 'unread-by-provider':
      return unknown(
        'ram-share',
        RAM_SHARE_LABEL,
        `Whether account ${clientAccountId} accepted your RAM invitation for ${domainNameArn} is read with its credentials, and none of your contexts reaches it.`,
        `Account ${clientAccountId} accepts the RAM invitation within 12 hours (AcceptResourceShareInvitation), or you grant it in the domain's managementPolicy.`,
        NOT_VISIBLE,
        `Ask account ${clientAccountId} whether it accepted the RAM invitation for ${domainNameArn} (or sees the domain under GetDomainNames resourceOwner=OTHER_ACCOUNTS).`,
      );
  }
}

/** AWS_IAM without a signature: the operator says the client does not sign. */
export function signaturePrerequisite(type: AuthorizationType, signed: boolean | undefined): Prerequisite | undefined {
  if (type !== 'AWS_IAM' || signed !== false) return undefined;
  return notMet(
    'iam-identity',
    'Request signed with SigV4 (method authorization AWS_IAM)',
    'The method requires AWS_IAM authorization and the client sends the request unsigned.',
    'Sign every request with SigV4 (service execute-api, the Region of the API) using a role allowed execute-api:Invoke on the method, or change the method authorization if it should be open.',
    SYMPTOMS.notSigned,
  );
}

/** Prerequisites only the endpoint owner's credentials read (its VPC, DNS, endpoint and endpoint policy). */
export const ENDPOINT_SIDE: ReadonlySet<string> = new Set([
  'dns-record',
  'dns-zone-vpc',
  'private-dns',
  'vpc-dns-attributes',
  'onprem-resolver',
  'custom-resolver',
  'vpce-available',
  'same-region',
  'endpoint-policy',
  'same-name-domain',
]);

/** An endpoint-side prerequisite read without the endpoint owner's credentials: unknown, with what to ask. */
export function unreadableEndpointSide(p: Prerequisite, clientAccountId: string, vpceId: string): Prerequisite {
  return unknown(
    p.id,
    p.label,
    `Only account ${clientAccountId}, which owns ${vpceId}, can read this, and none of your contexts reaches it.`,
    p.fix ?? p.reason,
    p.symptom ?? 'Not documented by AWS.',
    `Ask account ${clientAccountId} to check "${p.label}" for ${vpceId}.`,
  );
}

/**
 * The association as the domain's owner sees it (`resourceOwner=OTHER_ACCOUNTS`), when it cannot read the endpoint's
 * account: listed means it exists and is not rejected (a missing one and a rejected one both disappear there), and
 * that the endpoint fronts no other domain of the same name (AWS refuses a second such association).
 */
export function associationSeenByProvider(f: {
  listed: boolean;
  vpceId: string;
  domainNameArn: string;
  clientAccountId: string;
}): Prerequisite[] {
  if (f.listed)
    return [
      met(
        'access-association',
        ASSOCIATION_LABEL,
        `Your domain lists the association of ${f.vpceId} (account ${f.clientAccountId}); it is not rejected.`,
      ),
      met(
        'same-name-domain',
        'Endpoint not associated with another domain of the same name',
        `AWS refuses a second association of ${f.vpceId} with a domain of the same name, and this one exists.`,
      ),
    ];
  return [
    notMet(
      'access-association',
      ASSOCIATION_LABEL,
      `Your domain lists no association of ${f.vpceId}: account ${f.clientAccountId} has not created one, or you rejected it.`,
      `Account ${f.clientAccountId} creates the access association of ${f.vpceId} with ${f.domainNameArn} (CreateDomainNameAccessAssociation; after a rejection it deletes the rejected one first), then waits about 15 minutes.`,
      SYMPTOMS.noAccessAssociation,
    ),
  ];
}

/** Policy prerequisites a `aws:SourceVpc` condition can decide. */
const SOURCE_POLICIES: ReadonlySet<string> = new Set(['domain-policy', 'api-policy', 'mapped-api-policy']);
const SOURCE_VPC = /aws:SourceVpc(?!e)/i;

/**
 * Without the endpoint owner's credentials the endpoint's VPC is not known: a policy that decides on `aws:SourceVpc`
 * cannot be judged, whatever the evaluation with an empty VPC said.
 */
export function undecidableByVpc(
  prerequisites: Prerequisite[],
  policies: (string | null | undefined)[],
  clientAccountId: string,
  vpceId: string,
): Prerequisite[] {
  if (!policies.some((text) => text && SOURCE_VPC.test(text))) return [];
  return prerequisites
    .filter((p) => SOURCE_POLICIES.has(p.id))
    .map((p) =>
      unknown(
        p.id,
        p.label,
        `The policy decides on aws:SourceVpc, and only account ${clientAccountId} can read which VPC ${vpceId} is in.`,
        p.fix ?? `Allow the VPC of ${vpceId} (aws:SourceVpc) or the endpoint itself (aws:SourceVpce).`,
        p.symptom ?? 'Not documented by AWS.',
        `Ask account ${clientAccountId} which VPC ${vpceId} is in.`,
      ),
    );
}
