import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../core/state';
import { ramError } from './errors';
import { syncManagementPolicies } from './management-policy';
import { allInvitations, ramAccount, type InvitationRecord, type ShareRecord } from './state';
import { entry, removeEntry } from '../../core/entry';

/** Invitations for API Gateway private domains expire after 12 hours (docs/aws/cross-account.md#ram-shares-and-invitations). */
export const INVITATION_TTL_MS = 12 * 3600 * 1000;

export function sendInvitation(
  state: EmulatorState,
  share: ShareRecord,
  receiver: string,
  now: Date,
  arn?: string,
): InvitationRecord {
  const invitation: InvitationRecord = {
    resourceShareInvitationArn:
      arn ?? `arn:aws:ram:${share.region}:${share.owningAccountId}:resource-share-invitation/${randomUUID()}`,
    resourceShareArn: share.resourceShareArn,
    resourceShareName: share.name,
    senderAccountId: share.owningAccountId,
    receiverAccountId: receiver,
    region: share.region,
    status: 'PENDING',
    invitationTimestamp: now.toISOString(),
  };
  ramAccount(state.ram, share.owningAccountId).invitations[invitation.resourceShareInvitationArn] = invitation;
  return invitation;
}

/**
 * Turns PENDING invitations older than 12 h on the emulator clock into EXPIRED, failing their principal
 * association. Runs before every RAM request; returns whether anything changed (so the caller commits).
 */
export function expireInvitations(state: EmulatorState, now: Date): boolean {
  let changed = false;
  for (const invitation of allInvitations(state.ram)) {
    if (
      invitation.status !== 'PENDING' ||
      now.getTime() - Date.parse(invitation.invitationTimestamp) <= INVITATION_TTL_MS
    )
      continue;
    invitation.status = 'EXPIRED';
    // AWS RAM user guide: after 12 hours the invitation expires and the principal is disassociated.
    settlePrincipal(
      state,
      invitation,
      'DISASSOCIATED',
      'The invitation expired before the principal accepted it.',
      now,
    );
    changed = true;
  }
  return changed;
}

export function receivedInvitations(state: EmulatorState, account: string, region: string): InvitationRecord[] {
  return [...allInvitations(state.ram)].filter((i) => i.receiverAccountId === account && i.region === region);
}

export function acceptInvitation(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  now: Date,
): InvitationRecord {
  const invitation = receivedInvitation(state, account, region, arn);
  assertPending(invitation);
  invitation.status = 'ACCEPTED';
  const share = settlePrincipal(state, invitation, 'ASSOCIATED', undefined, now);
  if (share)
    syncManagementPolicies(
      state,
      share.resources.map((r) => r.arn),
    );
  return invitation;
}

export function rejectInvitation(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  now: Date,
): InvitationRecord {
  const invitation = receivedInvitation(state, account, region, arn);
  assertPending(invitation);
  invitation.status = 'REJECTED';
  settlePrincipal(state, invitation, 'FAILED', 'The principal rejected the invitation.', now);
  return invitation;
}

/**
 * What a received invitation would share, readable before accepting (ListPendingInvitationResources). Only the
 * receiver may ask; rejected and expired invitations answer with their own errors, as RAM does.
 */
export function pendingInvitationResources(state: EmulatorState, account: string, region: string, arn: string) {
  if (!/^arn:aws[\w-]*:ram:[\w-]+:\d{12}:resource-share-invitation\/.+/.test(arn)) {
    throw ramError('MalformedArnException', `The specified resource share invitation ARN ${arn} is not valid.`);
  }
  const invitation = receivedInvitation(state, account, region, arn);
  if (invitation.status === 'REJECTED' || invitation.status === 'EXPIRED') assertPending(invitation);
  const share = entry(ramAccount(state.ram, invitation.senderAccountId).shares, invitation.resourceShareArn);
  return { share, resources: share ? share.resources.filter((r) => r.status === 'ASSOCIATED') : [] };
}

/** Pending invitations of a share die with it (deletion) or with the principal (disassociation). */
export function withdrawInvitations(state: EmulatorState, share: ShareRecord, receiver?: string): void {
  const sent = ramAccount(state.ram, share.owningAccountId).invitations;
  for (const invitation of Object.values(sent)) {
    const matches =
      invitation.resourceShareArn === share.resourceShareArn &&
      (receiver === undefined || invitation.receiverAccountId === receiver);
    if (matches && invitation.status === 'PENDING') removeEntry(sent, invitation.resourceShareInvitationArn);
  }
}

function receivedInvitation(state: EmulatorState, account: string, region: string, arn: string): InvitationRecord {
  const invitation = receivedInvitations(state, account, region).find((i) => i.resourceShareInvitationArn === arn);
  if (!invitation)
    throw ramError('ResourceShareInvitationArnNotFoundException', `ResourceShareInvitation ${arn} could not be found.`);
  return invitation;
}

function assertPending(invitation: InvitationRecord): void {
  const arn = invitation.resourceShareInvitationArn;
  if (invitation.status === 'ACCEPTED')
    throw ramError(
      'ResourceShareInvitationAlreadyAcceptedException',
      `ResourceShareInvitation ${arn} has already been accepted.`,
    );
  if (invitation.status === 'REJECTED')
    throw ramError(
      'ResourceShareInvitationAlreadyRejectedException',
      `ResourceShareInvitation ${arn} has already been rejected.`,
    );
  if (invitation.status === 'EXPIRED')
    throw ramError('ResourceShareInvitationExpiredException', `ResourceShareInvitation ${arn} has expired.`);
}

function settlePrincipal(
  state: EmulatorState,
  invitation: InvitationRecord,
  status: 'ASSOCIATED' | 'FAILED' | 'DISASSOCIATED',
  statusMessage: string | undefined,
  now: Date,
): ShareRecord | undefined {
  const share = entry(
    entry(state.ram.byAccount, invitation.senderAccountId)?.shares ?? {},
    invitation.resourceShareArn,
  );
  const principal = share?.principals.find((p) => p.id === invitation.receiverAccountId && p.awaitingAcceptance);
  if (!share || !principal) return undefined;
  principal.status = status;
  principal.awaitingAcceptance = false;
  principal.statusMessage = statusMessage;
  principal.lastUpdatedTime = now.toISOString();
  return share;
}
