import 'server-only';
import {
  paginateGetResourceShareAssociations,
  paginateGetResourceShareInvitations,
  paginateGetResourceShares,
  paginateListPendingInvitationResources,
  paginateListResources,
  type RAMClient,
} from '@aws-sdk/client-ram';
import { invitationExpiresAt, secondsLeft } from '@/lib/inventory/invitations';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { isoTime, PAGE_SIZE } from './serialize';
import type {
  ResourceShare,
  ShareInvitation,
  SharedResource,
  ShareAssociationType,
  ShareAssociation,
} from '@/lib/model/sharing';

/**
 * The service's "now": the SDK keeps `systemClockOffset` in step with the `Date` header of AWS responses, so
 * countdowns are right even when the local clock (or the emulator's shifted clock) differs.
 */
function serviceNow(client: RAMClient): Date {
  return new Date(Date.now() + client.config.systemClockOffset);
}

/** Shares this account owns, except deleted ones (RAM keeps those listed for a while). */
export const listOwnedShares = cachedReader('listOwnedShares', async (session: Session): Promise<ResourceShare[]> => {
  const client = getClients(session).ram;
  const shares: ResourceShare[] = [];
  for await (const page of paginateGetResourceShares({ client, pageSize: PAGE_SIZE.ram }, { resourceOwner: 'SELF' })) {
    for (const s of page.resourceShares ?? []) {
      if (s.status === 'DELETED') continue;
      shares.push({
        arn: s.resourceShareArn ?? '',
        name: s.name ?? '',
        owningAccountId: s.owningAccountId,
        status: s.status ?? 'UNKNOWN',
        statusMessage: s.statusMessage,
        allowExternalPrincipals: s.allowExternalPrincipals ?? false,
        createdAt: isoTime(s.creationTime),
        updatedAt: isoTime(s.lastUpdatedTime),
      });
    }
  }
  return shares;
});

const invitationsToAccount = cachedReader(
  'invitationsToAccount',
  async (session: Session): Promise<ShareInvitation[]> => {
    const client = getClients(session).ram;
    const invitations: ShareInvitation[] = [];
    for await (const page of paginateGetResourceShareInvitations({ client, pageSize: PAGE_SIZE.ram }, {})) {
      for (const i of page.resourceShareInvitations ?? []) {
        const invitedAt = isoTime(i.invitationTimestamp);
        invitations.push({
          arn: i.resourceShareInvitationArn ?? '',
          shareName: i.resourceShareName,
          shareArn: i.resourceShareArn,
          senderAccountId: i.senderAccountId,
          receiverAccountId: i.receiverAccountId,
          invitedAt,
          status: i.status ?? 'UNKNOWN',
          expiresAt: invitedAt ? invitationExpiresAt(invitedAt) : undefined,
        });
      }
    }
    return invitations;
  },
);

/** Invitations addressed to this account, pending ones with their time left (counted now, not when read). */
export async function listShareInvitations(session: Session): Promise<ShareInvitation[]> {
  const invitations = await invitationsToAccount(session);
  const now = serviceNow(getClients(session).ram);
  return invitations.map((i) =>
    i.status === 'PENDING' && i.expiresAt ? { ...i, secondsLeft: secondsLeft(i.expiresAt, now) } : i,
  );
}

/** Resources other accounts share with this account (any type; private domains are `apigateway:Domainnames`). */
export const listSharedResources = cachedReader(
  'listSharedResources',
  async (session: Session): Promise<SharedResource[]> => {
    const client = getClients(session).ram;
    const resources: SharedResource[] = [];
    for await (const page of paginateListResources(
      { client, pageSize: PAGE_SIZE.ram },
      { resourceOwner: 'OTHER-ACCOUNTS' },
    )) {
      for (const r of page.resources ?? []) {
        resources.push({
          arn: r.arn ?? '',
          type: r.type ?? '',
          shareArn: r.resourceShareArn,
          status: r.status,
          statusMessage: r.statusMessage,
          createdAt: isoTime(r.creationTime),
        });
      }
    }
    return resources;
  },
);

const associationsByKey = cachedReader(
  'associationsByKey',
  async (session: Session, key: string, type: ShareAssociationType): Promise<ShareAssociation[]> => {
    const client = getClients(session).ram;
    const associations: ShareAssociation[] = [];
    const input = { associationType: type, resourceShareArns: key.split('\n') };
    for await (const page of paginateGetResourceShareAssociations({ client, pageSize: PAGE_SIZE.ram }, input)) {
      for (const a of page.resourceShareAssociations ?? []) {
        associations.push({
          shareArn: a.resourceShareArn ?? '',
          shareName: a.resourceShareName,
          associatedEntity: a.associatedEntity ?? '',
          associationType: a.associationType ?? type,
          status: a.status ?? 'UNKNOWN',
          statusMessage: a.statusMessage,
          external: a.external ?? false,
          updatedAt: isoTime(a.lastUpdatedTime),
        });
      }
    }
    return associations;
  },
);

/** Principals or resources of the given shares (disassociated entries included; filter on `status`). */
export async function listShareAssociations(
  session: Session,
  shareArns: string[],
  type: ShareAssociationType,
): Promise<ShareAssociation[]> {
  // An empty list would mean "every share" to RAM, which is not what a caller with no shares asked for.
  if (shareArns.length === 0) return [];
  return associationsByKey(session, [...new Set(shareArns)].sort().join('\n'), type);
}

/** What a pending invitation would share (ListResources only shows resources of accepted shares). */
export const listPendingInvitationResources = cachedReader(
  'listPendingInvitationResources',
  async (session: Session, invitationArn: string): Promise<SharedResource[]> => {
    const client = getClients(session).ram;
    const resources: SharedResource[] = [];
    for await (const page of paginateListPendingInvitationResources(
      { client, pageSize: PAGE_SIZE.ram },
      { resourceShareInvitationArn: invitationArn },
    )) {
      for (const r of page.resources ?? []) {
        resources.push({
          arn: r.arn ?? '',
          type: r.type ?? '',
          shareArn: r.resourceShareArn,
          status: r.status,
          statusMessage: r.statusMessage,
          createdAt: isoTime(r.creationTime),
        });
      }
    }
    return resources;
  },
);
