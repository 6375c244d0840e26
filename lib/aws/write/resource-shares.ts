import 'server-only';
import {
  AssociateResourceShareCommand,
  GetResourceSharesCommand,
  CreateResourceShareCommand,
  DeleteResourceShareCommand,
  DisassociateResourceShareCommand,
  paginateGetResourceShareAssociations,
  paginateGetResourceShares,
  type ResourceShare,
} from '@aws-sdk/client-ram';
import { getClients } from '../clients';
import type { Session } from '../session';
import { PAGE_SIZE } from '../read/serialize';

/** RAM's managed permission for private custom domains (docs/aws/cross-account.md#ram-shares-and-invitations). */
export const DOMAIN_SHARE_PERMISSION_ARN =
  'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';
const LIVE = new Set(['ASSOCIATING', 'ASSOCIATED']);

/** Uncached; finds the share a wizard run created (tagged with its creation token). */
export async function findOwnShareByTag(
  session: Session,
  key: string,
  value: string,
): Promise<ResourceShare | undefined> {
  const client = getClients(session).ram;
  const input = { resourceOwner: 'SELF' as const, tagFilters: [{ tagKey: key, tagValues: [value] }] };
  for await (const page of paginateGetResourceShares({ client, pageSize: PAGE_SIZE.ram }, input)) {
    const hit = (page.resourceShares ?? []).find(
      (s) =>
        s.status !== 'DELETED' &&
        s.status !== 'DELETING' &&
        (s.tags ?? []).some((t) => t.key === key && t.value === value),
    );
    if (hit) return hit;
  }
  return undefined;
}

/** One share this account owns, uncached; undefined when it is gone or being deleted. */
export async function readLiveOwnShare(session: Session, shareArn: string): Promise<ResourceShare | undefined> {
  const out = await getClients(session).ram.send(
    new GetResourceSharesCommand({ resourceOwner: 'SELF', resourceShareArns: [shareArn] }),
  );
  const share = out.resourceShares?.[0];
  return share && share.status !== 'DELETED' && share.status !== 'DELETING' ? share : undefined;
}

/** Principals or resources currently on a share (ASSOCIATING/ASSOCIATED), uncached. */
export async function liveShareEntities(
  session: Session,
  shareArn: string,
  type: 'PRINCIPAL' | 'RESOURCE',
): Promise<string[]> {
  const client = getClients(session).ram;
  const out: string[] = [];
  for await (const page of paginateGetResourceShareAssociations(
    { client, pageSize: PAGE_SIZE.ram },
    { associationType: type, resourceShareArns: [shareArn] },
  )) {
    for (const a of page.resourceShareAssociations ?? [])
      if (a.associatedEntity && LIVE.has(a.status ?? '')) out.push(a.associatedEntity);
  }
  return out;
}

export interface NewDomainShare {
  name: string;
  domainNameArn: string;
  principals: string[];
  tags: Record<string, string>;
  /** Makes a retried call return the same share instead of a second one. */
  clientToken: string;
}

export async function createDomainShare(session: Session, s: NewDomainShare): Promise<ResourceShare> {
  const out = await getClients(session).ram.send(
    new CreateResourceShareCommand({
      name: s.name,
      resourceArns: [s.domainNameArn],
      principals: s.principals,
      permissionArns: [DOMAIN_SHARE_PERMISSION_ARN],
      allowExternalPrincipals: true,
      tags: Object.entries(s.tags).map(([key, value]) => ({ key, value })),
      clientToken: s.clientToken,
    }),
  );
  if (!out.resourceShare) throw new Error('RAM returned no resource share');
  return out.resourceShare;
}

/** Adds only what is missing, so a retry is harmless. */
export async function addToShare(
  session: Session,
  shareArn: string,
  add: { resourceArns?: string[]; principals?: string[] },
): Promise<{ addedResources: string[]; addedPrincipals: string[] }> {
  const [resources, principals] = await Promise.all([
    liveShareEntities(session, shareArn, 'RESOURCE'),
    liveShareEntities(session, shareArn, 'PRINCIPAL'),
  ]);
  const addedResources = (add.resourceArns ?? []).filter((r) => !resources.includes(r));
  const addedPrincipals = (add.principals ?? []).filter((p) => !principals.includes(p));
  if (addedResources.length > 0 || addedPrincipals.length > 0) {
    await getClients(session).ram.send(
      new AssociateResourceShareCommand({
        resourceShareArn: shareArn,
        resourceArns: addedResources.length ? addedResources : undefined,
        principals: addedPrincipals.length ? addedPrincipals : undefined,
      }),
    );
  }
  return { addedResources, addedPrincipals };
}

export async function removeFromShare(
  session: Session,
  shareArn: string,
  remove: { resourceArns?: string[]; principals?: string[] },
): Promise<void> {
  if (!remove.resourceArns?.length && !remove.principals?.length) return;
  await getClients(session).ram.send(
    new DisassociateResourceShareCommand({
      resourceShareArn: shareArn,
      resourceArns: remove.resourceArns?.length ? remove.resourceArns : undefined,
      principals: remove.principals?.length ? remove.principals : undefined,
    }),
  );
}

export async function deleteShare(session: Session, shareArn: string): Promise<void> {
  await getClients(session).ram.send(new DeleteResourceShareCommand({ resourceShareArn: shareArn }));
}
