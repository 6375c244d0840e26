import 'server-only';
import {
  listOwnedShares,
  listShareAssociations,
  listShareInvitations,
  listSharedResources,
} from '@/lib/aws/read/sharing';
import { section } from '@/lib/result';
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
