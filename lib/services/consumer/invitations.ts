import 'server-only';
import type { Session } from '@/lib/aws/session';
import { acceptShareInvitation, rejectShareInvitation } from '@/lib/aws/write/share-invitations';
import { EXPIRED_EXPLANATION } from '@/lib/consumer/invitations';
import { ActionFailure } from '@/lib/errors';

export type InvitationDecision = 'accept' | 'reject';

/** RAM's refusals for an invitation, in the words of what the admin can still do. */
function decisionFailure(error: unknown, decision: InvitationDecision): ActionFailure | undefined {
  const code = (error as { name?: string }).name;
  switch (code) {
    case 'ResourceShareInvitationExpiredException':
      return new ActionFailure({ kind: 'conflict', code, title: 'Invitation expired', message: EXPIRED_EXPLANATION });
    case 'ResourceShareInvitationAlreadyAcceptedException':
      return new ActionFailure({
        kind: 'conflict',
        code,
        title: 'Already accepted',
        message:
          decision === 'accept'
            ? 'This invitation was already accepted; the domain is listed under shared domains.'
            : 'This invitation was already accepted and can no longer be rejected. To stop using the domain, delete your endpoint associations with it.',
      });
    case 'ResourceShareInvitationAlreadyRejectedException':
      return new ActionFailure({
        kind: 'conflict',
        code,
        title: 'Already rejected',
        message: 'This invitation was already rejected. Ask the provider to share the domain again if you need it.',
      });
    case 'ResourceShareInvitationArnNotFoundException':
      return new ActionFailure({
        kind: 'not-found',
        code,
        title: 'Invitation not found',
        message: 'This invitation no longer exists; the provider may have deleted the share. Ask them to share again.',
      });
    default:
      return undefined;
  }
}

/** Accepts or rejects a RAM invitation; returns the status RAM reports afterwards. */
export async function decideInvitation(
  session: Session,
  invitationArn: string,
  decision: InvitationDecision,
): Promise<{ invitationArn: string; status: string }> {
  try {
    const status =
      decision === 'accept'
        ? await acceptShareInvitation(session, invitationArn)
        : await rejectShareInvitation(session, invitationArn);
    return { invitationArn, status };
  } catch (error) {
    throw decisionFailure(error, decision) ?? error;
  }
}
