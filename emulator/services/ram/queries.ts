import type { EmulatorState } from '../../core/state';
import { ramError, unknownShare } from './errors';
import { inSameOrganization } from './principals';
import { resourceExists } from './shared-resources';
import type { PrincipalAssociation, ResourceAssociation, ShareRecord } from './state';
import { visibleShares, type ResourceOwner } from './visibility';
import { associationToWire, resourceToWire } from './wire';

export interface ShareFilter {
  resourceShareArns?: string[];
  status?: string;
  name?: string;
  tagFilters?: Array<{ tagKey?: string; tagValues?: string[] }>;
  permissionArn?: string;
}

export function getResourceShares(
  state: EmulatorState,
  account: string,
  region: string,
  owner: ResourceOwner,
  f: ShareFilter,
): ShareRecord[] {
  return visibleShares(state, account, region, owner).filter(
    (s) =>
      (!f.resourceShareArns?.length || f.resourceShareArns.includes(s.resourceShareArn)) &&
      (f.status === undefined || s.status === f.status) &&
      (f.name === undefined || s.name === f.name) &&
      (f.permissionArn === undefined || s.permissionArns.includes(f.permissionArn)) &&
      (f.tagFilters ?? []).every(
        (t) =>
          t.tagKey !== undefined &&
          t.tagKey in s.tags &&
          (!t.tagValues?.length || t.tagValues.includes(s.tags[t.tagKey])),
      ),
  );
}

export interface AssociationFilter {
  associationType: 'PRINCIPAL' | 'RESOURCE';
  resourceShareArns?: string[];
  resourceArn?: string;
  principal?: string;
  associationStatus?: string;
}

/** Associations of the caller's own shares (RAM does not show other owners' associations). */
export function getResourceShareAssociations(
  state: EmulatorState,
  account: string,
  region: string,
  f: AssociationFilter,
) {
  if (f.associationType === 'PRINCIPAL' && f.resourceArn !== undefined) {
    throw ramError('InvalidParameterException', 'resourceArn can only be used with associationType RESOURCE.');
  }
  if (f.associationType === 'RESOURCE' && f.principal !== undefined) {
    throw ramError('InvalidParameterException', 'principal can only be used with associationType PRINCIPAL.');
  }
  const own = visibleShares(state, account, region, 'SELF');
  for (const arn of f.resourceShareArns ?? [])
    if (!own.some((s) => s.resourceShareArn === arn)) throw unknownShare(arn);
  return own
    .filter((s) => !f.resourceShareArns?.length || f.resourceShareArns.includes(s.resourceShareArn))
    .flatMap((share) =>
      (f.associationType === 'PRINCIPAL' ? share.principals : share.resources)
        .filter(
          (a: PrincipalAssociation | ResourceAssociation) =>
            (f.associationStatus === undefined || a.status === f.associationStatus) &&
            (f.principal === undefined || ('id' in a && a.id === f.principal)) &&
            (f.resourceArn === undefined || ('arn' in a && a.arn === f.resourceArn)),
        )
        .map((a) => associationToWire(share, a)),
    );
}

export interface ResourceFilter {
  principal?: string;
  resourceType?: string;
  resourceArns?: string[];
  resourceShareArns?: string[];
}

/**
 * SELF: resources the caller shares (optionally with `principal`). OTHER-ACCOUNTS: resources shared with the
 * caller once accepted (optionally from owner `principal`). One entry per (resource, share).
 */
export function listResources(
  state: EmulatorState,
  account: string,
  region: string,
  owner: ResourceOwner,
  f: ResourceFilter,
) {
  return visibleShares(state, account, region, owner)
    .filter(
      (s) =>
        s.status === 'ACTIVE' && (!f.resourceShareArns?.length || f.resourceShareArns.includes(s.resourceShareArn)),
    )
    .filter(
      (s) =>
        f.principal === undefined ||
        (owner === 'SELF'
          ? s.principals.some((p) => p.id === f.principal && p.status !== 'DISASSOCIATED')
          : s.owningAccountId === f.principal),
    )
    .flatMap((share) =>
      share.resources
        .filter((r) => r.status === 'ASSOCIATED')
        .filter((r) => f.resourceType === undefined || r.type.toLowerCase() === f.resourceType.toLowerCase())
        .filter((r) => !f.resourceArns?.length || f.resourceArns.includes(r.arn))
        .map((r) => resourceToWire(share, r, resourceExists(state, r.arn))),
    );
}

export interface PrincipalFilter {
  resourceArn?: string;
  principals?: string[];
  resourceType?: string;
  resourceShareArns?: string[];
}

/** SELF: principals the caller shares with (ASSOCIATED). OTHER-ACCOUNTS: the owners sharing with the caller. */
export function listPrincipals(
  state: EmulatorState,
  account: string,
  region: string,
  owner: ResourceOwner,
  f: PrincipalFilter,
) {
  const resourceType = f.resourceType?.toLowerCase();
  const shares = visibleShares(state, account, region, owner).filter(
    (s) =>
      s.status === 'ACTIVE' &&
      (!f.resourceShareArns?.length || f.resourceShareArns.includes(s.resourceShareArn)) &&
      (f.resourceArn === undefined || s.resources.some((r) => r.arn === f.resourceArn && r.status === 'ASSOCIATED')) &&
      (resourceType === undefined || s.resources.some((r) => r.type.toLowerCase() === resourceType)),
  );
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  const rows = shares.flatMap((share) =>
    owner === 'SELF'
      ? share.principals
          .filter((p) => p.status === 'ASSOCIATED')
          .map((p) => ({
            id: p.id,
            resourceShareArn: share.resourceShareArn,
            creationTime: seconds(p.creationTime),
            lastUpdatedTime: seconds(p.lastUpdatedTime),
            external: p.external,
          }))
      : [
          {
            id: share.owningAccountId,
            resourceShareArn: share.resourceShareArn,
            creationTime: seconds(share.creationTime),
            lastUpdatedTime: seconds(share.lastUpdatedTime),
            external: !inSameOrganization(state.organization, share.owningAccountId, account),
          },
        ],
  );
  return rows.filter((r) => !f.principals?.length || f.principals.includes(r.id));
}
