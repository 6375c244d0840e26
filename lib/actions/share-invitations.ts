'use server';

import { invitationDecisionSchema } from '@/lib/consumer/schemas';
import { decideInvitation } from '@/lib/services/consumer/invitations';
import { consoleAction } from './client';

export const acceptInvitation = consoleAction(
  {
    name: 'sharing.invitation.accept',
    schema: invitationDecisionSchema,
    hint: (i) => ({ operation: 'ram:AcceptResourceShareInvitation', resource: i.invitationArn }),
  },
  ({ invitationArn }, { session }) => decideInvitation(session, invitationArn, 'accept'),
);

export const rejectInvitation = consoleAction(
  {
    name: 'sharing.invitation.reject',
    schema: invitationDecisionSchema,
    hint: (i) => ({ operation: 'ram:RejectResourceShareInvitation', resource: i.invitationArn }),
  },
  ({ invitationArn }, { session }) => decideInvitation(session, invitationArn, 'reject'),
);
