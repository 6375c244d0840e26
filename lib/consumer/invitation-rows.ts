/**
 * One row per way a share reached this account: every RAM invitation, plus shares that arrived without one
 * (same organization with auto-accept, or organization-wide sharing; docs/aws/cross-account.md#ram-shares-and-invitations, docs/aws/gotchas.md item 17).
 */
import { parseDomainNameArn } from '@/lib/domains/arn';
import { invitationState, type InvitationState } from './invitations';

export interface InvitationInput {
  arn: string;
  shareName?: string;
  shareArn?: string;
  senderAccountId?: string;
  invitedAt?: string;
  status: string;
  expiresAt?: string;
  secondsLeft?: number;
}

export interface ResourceInput {
  arn: string;
  type: string;
  shareArn?: string;
}

export interface RowResource {
  arn: string;
  type: string;
  /** Set for private custom domains (read from the ARN). */
  domain?: { name: string; id: string; ownerAccountId: string };
}

export type RowState = InvitationState | { kind: 'auto-accepted' };

export interface InvitationRow {
  key: string;
  /** Absent for shares that arrived without an invitation. */
  invitationArn?: string;
  shareName?: string;
  shareArn?: string;
  senderAccountId?: string;
  invitedAt?: string;
  state: RowState;
  /** `undefined` when they could not be read (the row says so). */
  resources?: RowResource[];
}

function toResource(r: ResourceInput): RowResource {
  const d = parseDomainNameArn(r.arn);
  return {
    arn: r.arn,
    type: r.type,
    domain: d ? { name: d.domainName, id: d.domainNameId, ownerAccountId: d.accountId } : undefined,
  };
}

const ORDER: Record<RowState['kind'], number> = {
  pending: 0,
  'pending-unknown-age': 1,
  expired: 2,
  accepted: 3,
  'auto-accepted': 4,
  rejected: 5,
};

export function invitationRows(input: {
  invitations: InvitationInput[];
  /** RAM ListResources(OTHER-ACCOUNTS): resources of accepted shares. */
  sharedResources: ResourceInput[];
  /** ListPendingInvitationResources per pending invitation ARN; missing = could not be read. */
  pendingResources: Record<string, ResourceInput[] | undefined>;
}): InvitationRow[] {
  const byShare = new Map<string, ResourceInput[]>();
  for (const r of input.sharedResources) {
    const key = r.shareArn ?? '';
    byShare.set(key, [...(byShare.get(key) ?? []), r]);
  }
  const invitedShares = new Set(input.invitations.map((i) => i.shareArn).filter(Boolean));

  const rows: InvitationRow[] = input.invitations.map((i) => {
    const state = invitationState(i);
    const pending = state.kind === 'pending' || state.kind === 'pending-unknown-age';
    const resources = pending
      ? input.pendingResources[i.arn]
      : state.kind === 'accepted'
        ? (byShare.get(i.shareArn ?? '') ?? [])
        : [];
    return {
      key: i.arn,
      invitationArn: i.arn,
      shareName: i.shareName,
      shareArn: i.shareArn,
      senderAccountId: i.senderAccountId,
      invitedAt: i.invitedAt,
      state,
      resources: resources?.map(toResource),
    };
  });

  for (const [shareArn, resources] of byShare) {
    if (invitedShares.has(shareArn)) continue;
    const converted = resources.map(toResource);
    rows.push({
      key: `share:${shareArn}`,
      shareArn: shareArn || undefined,
      senderAccountId:
        converted.find((r) => r.domain)?.domain?.ownerAccountId ?? /^arn:[^:]+:ram:[^:]*:(\d{12}):/.exec(shareArn)?.[1],
      state: { kind: 'auto-accepted' },
      resources: converted,
    });
  }

  const secondsLeft = (r: InvitationRow) =>
    input.invitations.find((i) => i.arn === r.invitationArn)?.secondsLeft ?? Infinity;
  return rows.sort(
    (a, b) =>
      ORDER[a.state.kind] - ORDER[b.state.kind] ||
      secondsLeft(a) - secondsLeft(b) ||
      (b.invitedAt ?? '').localeCompare(a.invitedAt ?? ''),
  );
}
