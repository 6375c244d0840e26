import 'server-only';
import type { Session } from '@/lib/aws/session';
import { listSharedDomains } from '@/lib/aws/read/domains';
import { listPendingInvitationResources, listShareInvitations, listSharedResources } from '@/lib/aws/read/sharing';
import { invitationState } from '@/lib/consumer/invitations';
import { section } from '@/lib/result';

/** Whether a RAM invitation this account can still accept carries the domain. Unreadable reads count as "no". */
export async function hasPendingInvitationFor(session: Session, domainNameArn: string): Promise<boolean> {
  const invitations = await section(() => listShareInvitations(session));
  if (!invitations.ok) return false;
  for (const inv of invitations.data.filter((i) => invitationState(i).kind.startsWith('pending'))) {
    const pending = await section(() => listPendingInvitationResources(session, inv.arn));
    if (pending.ok && pending.data.some((r) => r.arn === domainNameArn)) return true;
  }
  return false;
}

/** Whether this account may use the domain, and whether an invitation for it is waiting (only asked when not). */
export async function accessFacts(
  session: Session,
  domainNameArn: string,
  associated: boolean,
): Promise<{ shared: boolean; pendingInvitation: boolean }> {
  if (associated) return { shared: true, pendingInvitation: false };
  const [domains, resources] = await Promise.all([
    section(() => listSharedDomains(session)),
    section(() => listSharedResources(session)),
  ]);
  const shared =
    (domains.ok && domains.data.some((d) => d.domainNameArn === domainNameArn)) ||
    (resources.ok && resources.data.some((r) => r.arn === domainNameArn));
  if (shared) return { shared, pendingInvitation: false };
  return { shared, pendingInvitation: await hasPendingInvitationFor(session, domainNameArn) };
}
