import 'server-only';
import { randomUUID } from 'node:crypto';
import { AcceptResourceShareInvitationCommand, RejectResourceShareInvitationCommand } from '@aws-sdk/client-ram';
import { getClients } from '../clients';
import type { Session } from '../session';

// The JS SDK does not fill RAM's clientToken (docs/aws/api-operations.md#ram); one per click makes an SDK retry idempotent.

export async function acceptShareInvitation(session: Session, invitationArn: string): Promise<string> {
  const out = await getClients(session).ram.send(
    new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitationArn, clientToken: randomUUID() }),
  );
  return out.resourceShareInvitation?.status ?? 'ACCEPTED';
}

export async function rejectShareInvitation(session: Session, invitationArn: string): Promise<string> {
  const out = await getClients(session).ram.send(
    new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: invitationArn, clientToken: randomUUID() }),
  );
  return out.resourceShareInvitation?.status ?? 'REJECTED';
}
