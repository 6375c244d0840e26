/** The consumer half of /sharing as plain data: invitation rows (the associate-by-ARN form loads its endpoints itself). */
import type { Section } from '@/lib/result';
import type { ConsoleError } from '@/lib/errors';
import type { InvitationRow } from './invitation-rows';

export interface ConsumerSharingView {
  invitations: Section<InvitationRow[]>;
  /** Failures that leave the rows incomplete (resources of accepted or pending shares), each named. */
  partialFailures: { what: string; error: ConsoleError }[];
  accountId?: string;
  /** Invitations that can still be accepted: the work waiting for this account. */
  pendingCount: number;
}

/**
 * The tab /sharing opens on when the link names none: the one that holds work. Pending invitations first; a
 * consumer that shares nothing itself but has invitations or shared resources lands on Invitations too.
 */
export function sharingTabWithWork(facts: {
  pendingInvitations: number;
  ownedShares?: number;
  invitations?: number;
  sharedResources?: number;
}): 'shares' | 'invitations' {
  if (facts.pendingInvitations > 0) return 'invitations';
  if (facts.ownedShares === 0 && ((facts.invitations ?? 0) > 0 || (facts.sharedResources ?? 0) > 0))
    return 'invitations';
  return 'shares';
}
