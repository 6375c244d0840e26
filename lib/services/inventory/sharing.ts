import 'server-only';
import {
  listOwnedShares,
  listShareAssociations,
  listShareInvitations,
  listSharedResources,
} from '@/lib/aws/read/sharing';
import { section } from '@/lib/result';
import type { ShareOption } from '@/lib/domains/edit-options';
import { pageOf } from '@/lib/inventory/paging';
import type { ListPage, ListQuery } from '@/lib/model/paging';
import { loadConsumerSharing } from '@/lib/services/consumer/sharing';
import type { Session } from '@/lib/aws/session';
import type { OwnedShareRow } from '@/lib/model/sharing';

/** The shares this account owns, each with the resources it shares and the principals it shares them with. */
export async function loadOwnedShares(session: Session): Promise<OwnedShareRow[]> {
  const owned = await listOwnedShares(session);
  const arns = owned.map((s) => s.arn);
  const [resources, principals] = await Promise.all([
    listShareAssociations(session, arns, 'RESOURCE'),
    listShareAssociations(session, arns, 'PRINCIPAL'),
  ]);
  const live = (a: { status: string }) => a.status !== 'DISASSOCIATED';
  return owned.map((s) => ({
    ...s,
    resources: resources.filter((r) => r.shareArn === s.arn && live(r)).map((r) => r.associatedEntity),
    principals: principals.filter((p) => p.shareArn === s.arn && live(p)).map((p) => p.associatedEntity),
  }));
}

/** What `/sharing` reads, all started at once (by the page and the call-budget test). */
export function loadSharingSections(session: Session) {
  return {
    shares: section(() => loadOwnedShares(session), { operation: 'ram:GetResourceShares' }),
    invitations: section(() => listShareInvitations(session), { operation: 'ram:GetResourceShareInvitations' }),
    resources: section(() => listSharedResources(session), { operation: 'ram:ListResources' }),
    consumer: loadConsumerSharing(session),
  };
}

/**
 * One page of the RAM shares this account owns that a domain can still be added to (active or pending), by name,
 * for `GET /sharing/options`.
 */
export async function loadShareOptions(
  session: Session,
  query: ListQuery,
  pageSize: number,
): Promise<ListPage<ShareOption>> {
  const usable = (await listOwnedShares(session)).filter((s) => s.status === 'ACTIVE' || s.status === 'PENDING');
  const page = pageOf(usable, query, {
    searchText: (s) => `${s.name} ${s.arn}`,
    sortBy: { name: (s) => s.name },
    pageSize,
  });
  return { ...page, items: page.items.map((s) => ({ arn: s.arn, name: s.name, status: s.status })) };
}
