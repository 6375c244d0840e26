import 'server-only';
import { listSharedDomains } from '@/lib/aws/read/domains';
import { listPendingInvitationResources, listShareInvitations, listSharedResources } from '@/lib/aws/read/sharing';
import type { Session } from '@/lib/aws/session';
import { readAuditFile } from '@/lib/audit/read-audit';
import { invitationState } from '@/lib/consumer/invitations';
import type { ShareFacts } from '@/lib/diagnose/side-facts';
import { filterAudit } from '@/lib/model/audit';

/**
 * How a domain of another account reaches this (the endpoint's) account, read with this account's credentials:
 * listed as shared (RAM share accepted, or a managementPolicy grant), an invitation waiting, one that expired, or
 * nothing at all.
 */
export async function readShareFacts(
  session: Session,
  domainNameArn: string,
  providerAccountId: string,
): Promise<ShareFacts> {
  const [domains, resources] = await Promise.all([listSharedDomains(session), listSharedResources(session)]);
  if (domains.some((d) => d.domainNameArn === domainNameArn))
    return {
      kind: 'shared',
      how: 'The domain is listed as shared with this account (GetDomainNames resourceOwner=OTHER_ACCOUNTS).',
    };
  if (resources.some((r) => r.arn === domainNameArn))
    return { kind: 'shared', how: 'A RAM share this account accepted holds the domain.' };
  const fromProvider = (await listShareInvitations(session)).filter((i) => i.senderAccountId === providerAccountId);
  for (const invitation of fromProvider) {
    const state = invitationState(invitation);
    if (state.kind !== 'pending' && state.kind !== 'pending-unknown-age') continue;
    const carried = await listPendingInvitationResources(session, invitation.arn);
    if (carried.some((r) => r.arn === domainNameArn))
      return {
        kind: 'pending',
        invitationArn: invitation.arn,
        ...(invitation.secondsLeft === undefined ? {} : { secondsLeft: invitation.secondsLeft }),
      };
  }
  // RAM does not list what an expired invitation carried: one from the domain's owner is the likely reason.
  const expired = fromProvider.find((i) => invitationState(i).kind === 'expired');
  return expired ? { kind: 'expired', invitationArn: expired.arn } : { kind: 'not-shared' };
}

/**
 * When the console created the association (its audit trail): AWS keeps no creation time, so an association made
 * elsewhere has no known age.
 */
export async function associationCreatedAt(
  account: string,
  domainNameArn: string,
  vpceId: string,
): Promise<string | undefined> {
  const audit = await readAuditFile();
  if (!audit.ok) return undefined;
  const made = filterAudit(audit.entries, { action: 'consumer.associate', outcome: 'ok', account }).find((e) => {
    const input = e.input as { domainNameArn?: unknown; vpcEndpointId?: unknown } | undefined;
    return input?.domainNameArn === domainNameArn && input.vpcEndpointId === vpceId;
  });
  return made?.time;
}
