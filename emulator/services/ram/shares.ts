import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../core/state';
import { ramError, unknownShare } from './errors';
import { sendInvitation, withdrawInvitations } from './invitations';
import { syncManagementPolicies } from './management-policy';
import { classifyPrincipal, inSameOrganization } from './principals';
import { DOMAIN_PERMISSION_ARN, shareableResourceType } from './shared-resources';
import { ramAccount, type ShareRecord } from './state';
import { entry } from '../../core/entry';

/** RAM accepts at most 100 resources per call. */
const MAX_RESOURCES_PER_CALL = 100;

export interface AssociationChange {
  share: ShareRecord;
  entity: string;
  type: 'PRINCIPAL' | 'RESOURCE';
  status: 'ASSOCIATING' | 'DISASSOCIATING';
  external?: boolean;
}

export interface CreateShareInput {
  name: string;
  resourceArns?: string[];
  principals?: string[];
  permissionArns?: string[];
  allowExternalPrincipals?: boolean;
  tags?: Record<string, string>;
  /** Seeds only: fixed ARNs so demo ids are deterministic. */
  resourceShareArn?: string;
  invitationArns?: Record<string, string>;
}

export function createResourceShare(
  state: EmulatorState,
  account: string,
  region: string,
  input: CreateShareInput,
  now: Date,
): ShareRecord {
  if (!input.name) throw ramError('MissingRequiredParameterException', 'The name parameter is required.');
  for (const permission of input.permissionArns ?? []) {
    if (permission !== DOMAIN_PERMISSION_ARN)
      throw ramError('UnknownResourceException', `Permission ${permission} could not be found.`);
  }
  const share: ShareRecord = {
    resourceShareArn: input.resourceShareArn ?? `arn:aws:ram:${region}:${account}:resource-share/${randomUUID()}`,
    name: input.name,
    owningAccountId: account,
    region,
    allowExternalPrincipals: input.allowExternalPrincipals ?? true,
    status: 'ACTIVE',
    tags: input.tags ?? {},
    permissionArns: [DOMAIN_PERMISSION_ARN],
    principals: [],
    resources: [],
    creationTime: now.toISOString(),
    lastUpdatedTime: now.toISOString(),
  };
  // Validate everything before storing anything, so a bad principal leaves no half-made share behind.
  checkResources(state, share, input.resourceArns ?? []);
  (input.principals ?? []).forEach((p) => checkPrincipal(state, share, p));
  ramAccount(state.ram, account).shares[share.resourceShareArn] = share;
  associate(
    state,
    share,
    { resourceArns: input.resourceArns, principals: input.principals },
    now,
    input.invitationArns,
  );
  return share;
}

export function findOwnShare(state: EmulatorState, account: string, region: string, arn: string): ShareRecord {
  if (!/^arn:aws:ram:[a-z0-9-]+:\d{12}:resource-share\/[0-9a-f-]+$/.test(arn)) {
    throw ramError('MalformedArnException', `The specified resource share ARN ${arn} is not valid.`);
  }
  const share = entry(entry(state.ram.byAccount, account)?.shares ?? {}, arn);
  if (!share || share.region !== region) throw unknownShare(arn);
  return share;
}

function activeShare(state: EmulatorState, account: string, region: string, arn: string): ShareRecord {
  const share = findOwnShare(state, account, region, arn);
  if (share.status !== 'ACTIVE')
    throw ramError('OperationNotPermittedException', `ResourceShare ${arn} is ${share.status}.`);
  return share;
}

export function updateResourceShare(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  changes: { name?: string; allowExternalPrincipals?: boolean },
  now: Date,
): ShareRecord {
  const share = activeShare(state, account, region, arn);
  if (changes.name !== undefined) share.name = changes.name;
  if (changes.allowExternalPrincipals !== undefined) share.allowExternalPrincipals = changes.allowExternalPrincipals;
  share.lastUpdatedTime = now.toISOString();
  return share;
}

/** Deleting a share disassociates everything, withdraws pending invitations and removes RAM's grants. */
export function deleteResourceShare(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  now: Date,
): void {
  const share = activeShare(state, account, region, arn);
  share.status = 'DELETED';
  share.lastUpdatedTime = now.toISOString();
  for (const association of [...share.principals, ...share.resources]) {
    association.status = 'DISASSOCIATED';
    association.lastUpdatedTime = now.toISOString();
  }
  withdrawInvitations(state, share);
  syncManagementPolicies(
    state,
    share.resources.map((r) => r.arn),
  );
}

export function associateResourceShare(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  input: { resourceArns?: string[]; principals?: string[] },
  now: Date,
): AssociationChange[] {
  const share = activeShare(state, account, region, arn);
  checkResources(state, share, input.resourceArns ?? []);
  (input.principals ?? []).forEach((p) => checkPrincipal(state, share, p));
  return associate(state, share, input, now);
}

export function disassociateResourceShare(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  input: { resourceArns?: string[]; principals?: string[] },
  now: Date,
): AssociationChange[] {
  const share = activeShare(state, account, region, arn);
  const live = <T extends { status: string }>(list: T[], key: (item: T) => string, id: string) =>
    list.find((item) => key(item) === id && item.status !== 'DISASSOCIATED');
  const principals = (input.principals ?? []).map(
    (id) => live(share.principals, (p) => p.id, id) ?? unknownEntity(id, share),
  );
  const resources = (input.resourceArns ?? []).map(
    (id) => live(share.resources, (r) => r.arn, id) ?? unknownEntity(id, share),
  );
  const changes: AssociationChange[] = [];
  for (const principal of principals) {
    principal.status = 'DISASSOCIATED';
    principal.statusMessage = undefined;
    principal.lastUpdatedTime = now.toISOString();
    withdrawInvitations(state, share, principal.id);
    changes.push({
      share,
      entity: principal.id,
      type: 'PRINCIPAL',
      status: 'DISASSOCIATING',
      external: principal.external,
    });
  }
  for (const resource of resources) {
    resource.status = 'DISASSOCIATED';
    resource.lastUpdatedTime = now.toISOString();
    changes.push({ share, entity: resource.arn, type: 'RESOURCE', status: 'DISASSOCIATING' });
  }
  share.lastUpdatedTime = now.toISOString();
  syncManagementPolicies(
    state,
    share.resources.map((r) => r.arn),
  );
  return changes;
}

function unknownEntity(id: string, share: ShareRecord): never {
  throw ramError('UnknownResourceException', `${id} is not associated with ResourceShare ${share.resourceShareArn}.`);
}

function checkResources(state: EmulatorState, share: ShareRecord, arns: string[]): void {
  if (arns.length > MAX_RESOURCES_PER_CALL) {
    throw ramError(
      'ResourceShareLimitExceededException',
      `A request can associate at most ${MAX_RESOURCES_PER_CALL} resources.`,
    );
  }
  arns.forEach((arn) => shareableResourceType(state, arn, share.owningAccountId, share.region));
}

function checkPrincipal(state: EmulatorState, share: ShareRecord, principal: string): void {
  const kind = classifyPrincipal(principal, state.organization);
  if (principal === share.owningAccountId) {
    throw ramError('InvalidParameterException', 'The resource share owner cannot be a principal of its own share.');
  }
  const external = kind === 'account' && !inSameOrganization(state.organization, share.owningAccountId, principal);
  if (external && !share.allowExternalPrincipals) {
    throw ramError(
      'OperationNotPermittedException',
      `Principal ${principal} is outside your organization and the resource share does not allow external principals.`,
    );
  }
}

/**
 * Adds resources and principals (already validated). Principals in the owner's organization (and the
 * organization itself) are associated at once; other accounts are ASSOCIATED too (as RAM reports them) but get
 * an invitation, and the share grants them nothing until they accept it.
 */
function associate(
  state: EmulatorState,
  share: ShareRecord,
  input: { resourceArns?: string[]; principals?: string[] },
  now: Date,
  invitationArns: Record<string, string> = {},
): AssociationChange[] {
  const at = now.toISOString();
  const changes: AssociationChange[] = [];
  for (const arn of input.resourceArns ?? []) {
    const existing = share.resources.find((r) => r.arn === arn);
    if (existing?.status === 'ASSOCIATED') continue;
    const type = shareableResourceType(state, arn, share.owningAccountId, share.region);
    if (existing) Object.assign(existing, { status: 'ASSOCIATED', lastUpdatedTime: at });
    else share.resources.push({ arn, type, status: 'ASSOCIATED', creationTime: at, lastUpdatedTime: at });
    changes.push({ share, entity: arn, type: 'RESOURCE', status: 'ASSOCIATING' });
  }
  for (const id of input.principals ?? []) {
    const existing = share.principals.find((p) => p.id === id);
    if (existing && (existing.status === 'ASSOCIATED' || existing.status === 'ASSOCIATING')) continue;
    const isAccount = /^\d{12}$/.test(id);
    const external = isAccount && !inSameOrganization(state.organization, share.owningAccountId, id);
    const record = {
      id,
      status: 'ASSOCIATED',
      statusMessage: undefined,
      external,
      awaitingAcceptance: external,
      creationTime: existing?.creationTime ?? at,
      lastUpdatedTime: at,
    } as const;
    if (existing) Object.assign(existing, record);
    else share.principals.push({ ...record });
    if (external) sendInvitation(state, share, id, now, invitationArns[id]);
    changes.push({ share, entity: id, type: 'PRINCIPAL', status: 'ASSOCIATING', external });
  }
  share.lastUpdatedTime = at;
  syncManagementPolicies(
    state,
    share.resources.map((r) => r.arn),
  );
  return changes;
}
