import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listPendingInvitationResources, listShareInvitations, listSharedResources } from '@/lib/aws/read/sharing';
import { invitationRows } from '@/lib/consumer/invitation-rows';
import { invitationState } from '@/lib/consumer/invitations';
import type { ConsumerSharingView } from '@/lib/consumer/sharing-view';
import type { ConsoleError } from '@/lib/errors';
import type { SharedResource } from '@/lib/model/sharing';
import { section, type Section } from '@/lib/result';

/**
 * The consumer half of /sharing: invitations with their 12-hour countdown (plus shares that came without one). Each
 * part loads and fails on its own; the associate-by-ARN form loads this account's endpoints when its list opens.
 */
export async function loadConsumerSharing(session: Session): Promise<ConsumerSharingView> {
  const [invitations, shared, identity] = await Promise.all([
    section(() => listShareInvitations(session), { operation: 'ram:GetResourceShareInvitations' }),
    section(() => listSharedResources(session), { operation: 'ram:ListResources' }),
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
  ]);

  const pendingArns = invitations.ok
    ? invitations.data
        .filter((i) => ['pending', 'pending-unknown-age'].includes(invitationState(i).kind))
        .map((i) => i.arn)
    : [];
  const pendingSections: Section<SharedResource[]>[] = await Promise.all(
    pendingArns.map((arn) =>
      section(() => listPendingInvitationResources(session, arn), {
        operation: 'ram:ListPendingInvitationResources',
        resource: arn,
      }),
    ),
  );
  const pendingResources = Object.fromEntries(
    pendingArns.map((arn, i) => {
      const resources = pendingSections[i];
      return [arn, resources.ok ? resources.data : undefined];
    }),
  );

  const partialFailures: { what: string; error: ConsoleError }[] = [];
  if (!shared.ok) partialFailures.push({ what: 'Shared resources', error: shared.error });
  const pendingFailure = pendingSections.find((s) => !s.ok);
  if (pendingFailure) partialFailures.push({ what: 'Resources of pending invitations', error: pendingFailure.error });

  return {
    invitations: invitations.ok
      ? {
          ok: true,
          data: invitationRows({
            invitations: invitations.data,
            sharedResources: shared.ok ? shared.data : [],
            pendingResources,
          }),
        }
      : invitations,
    partialFailures,
    accountId: identity.ok ? identity.data.account : undefined,
    pendingCount: pendingArns.length,
  };
}
