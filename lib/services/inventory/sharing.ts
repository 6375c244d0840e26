import 'server-only';
import { listOwnedShares, listShareAssociations } from '@/lib/aws/read/sharing';
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
