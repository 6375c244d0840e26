/**
 * RAM state: per owning account (`byAccount`, the convention all services share), shares and the
 * invitations they sent, keyed by ARN. Shares are Regional; each record carries its Region.
 */

export type PrincipalStatus = 'ASSOCIATING' | 'ASSOCIATED' | 'FAILED' | 'DISASSOCIATED';

export interface PrincipalAssociation {
  /** 12-digit account id or organization ARN. */
  id: string;
  status: PrincipalStatus;
  statusMessage?: string;
  external: boolean;
  /**
   * An outside account's association is ASSOCIATED once created while its invitation is PENDING (as RAM
   * reports it); it grants nothing until the invitation is accepted. Not on the wire.
   */
  awaitingAcceptance?: boolean;
  creationTime: string;
  lastUpdatedTime: string;
}

export interface ResourceAssociation {
  arn: string;
  type: string;
  status: 'ASSOCIATED' | 'DISASSOCIATED';
  creationTime: string;
  lastUpdatedTime: string;
}

export interface ShareRecord {
  resourceShareArn: string;
  name: string;
  owningAccountId: string;
  region: string;
  allowExternalPrincipals: boolean;
  status: 'ACTIVE' | 'DELETED';
  tags: Record<string, string>;
  permissionArns: string[];
  principals: PrincipalAssociation[];
  resources: ResourceAssociation[];
  creationTime: string;
  lastUpdatedTime: string;
}

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED';

export interface InvitationRecord {
  resourceShareInvitationArn: string;
  resourceShareArn: string;
  resourceShareName: string;
  senderAccountId: string;
  receiverAccountId: string;
  region: string;
  status: InvitationStatus;
  invitationTimestamp: string;
}

export interface RamAccount {
  shares: Record<string, ShareRecord>;
  /** Invitations this account sent. */
  invitations: Record<string, InvitationRecord>;
}

export interface RamState {
  byAccount: Record<string, RamAccount>;
}

export function emptyRamState(): RamState {
  return { byAccount: {} };
}

export function ramAccount(ram: RamState, account: string): RamAccount {
  return (ram.byAccount[account] ??= { shares: {}, invitations: {} });
}

export function* allShares(ram: RamState): Generator<ShareRecord> {
  for (const data of Object.values(ram.byAccount)) yield* Object.values(data.shares);
}

export function* allInvitations(ram: RamState): Generator<InvitationRecord> {
  for (const data of Object.values(ram.byAccount)) yield* Object.values(data.invitations);
}
