'use server';

import { revalidatePath } from 'next/cache';
import { ActionFailure, guarded } from '@/lib/actions/guard';
import { createAssociationSchema, invitationDecisionSchema } from '@/lib/consumer/schemas';
import { EXPIRED_EXPLANATION } from '@/lib/consumer/invitations';
import { acceptShareInvitation, rejectShareInvitation } from '@/lib/aws/write/share-invitations';
import { associateEndpointWithDomain } from '@/lib/aws/write/access-associations';

type Decision = 'accept' | 'reject';

/** RAM's refusals for an invitation, in the words of what the admin can still do. */
function decisionFailure(error: unknown, decision: Decision): ActionFailure | undefined {
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

async function decide(raw: unknown, decision: Decision) {
  return guarded(
    {
      name: `sharing.invitation.${decision}`,
      schema: invitationDecisionSchema,
      hint: (i) => ({
        operation: `ram:${decision === 'accept' ? 'Accept' : 'Reject'}ResourceShareInvitation`,
        resource: i.invitationArn,
      }),
    },
    raw,
    async ({ invitationArn }, session) => {
      try {
        const status =
          decision === 'accept'
            ? await acceptShareInvitation(session, invitationArn)
            : await rejectShareInvitation(session, invitationArn);
        revalidatePath('/sharing');
        revalidatePath('/domains');
        return { invitationArn, status };
      } catch (error) {
        throw decisionFailure(error, decision) ?? error;
      }
    },
  );
}

export async function acceptInvitation(raw: unknown) {
  return decide(raw, 'accept');
}

export async function rejectInvitation(raw: unknown) {
  return decide(raw, 'reject');
}

/** For a domain ARN received out of band (no invitation, or a management-policy grant). */
export async function associateByArn(raw: unknown) {
  return guarded(
    {
      name: 'sharing.associateByArn',
      schema: createAssociationSchema,
      hint: (i) => ({ operation: 'apigateway:CreateDomainNameAccessAssociation', resource: i.domainNameArn }),
    },
    raw,
    async (input, session) => {
      const associationArn = await associateEndpointWithDomain(session, input);
      revalidatePath('/sharing');
      revalidatePath('/domains', 'layout');
      return { associationArn };
    },
  );
}
