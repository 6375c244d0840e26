/** How a RAM invitation reads to a consumer admin: whether it can still be accepted, and for how long. */
import { formatTimeLeft, INVITATION_WARNING_SECONDS } from '@/lib/inventory/invitations';

export interface InvitationFacts {
  /** PENDING | ACCEPTED | REJECTED | EXPIRED */
  status: string;
  expiresAt?: string;
  /** Seconds left on the service's clock (the reader measures it); absent when the age is unknown. */
  secondsLeft?: number;
}

export type InvitationState =
  | { kind: 'pending'; expiresAt?: string; timeLeft: string; urgent: boolean }
  | { kind: 'pending-unknown-age' }
  | { kind: 'expired'; expiresAt?: string; explanation: string }
  | { kind: 'accepted' }
  | { kind: 'rejected' };

export const EXPIRED_EXPLANATION =
  'Invitations can only be accepted within 12 hours. Ask the provider to share the domain again; a new invitation will appear here.';

/** RAM reports EXPIRED itself, but a PENDING invitation whose 12 hours are over cannot be accepted either. */
export function invitationState(facts: InvitationFacts): InvitationState {
  const status = facts.status.toUpperCase();
  if (status === 'ACCEPTED') return { kind: 'accepted' };
  if (status === 'REJECTED') return { kind: 'rejected' };
  if (status === 'EXPIRED' || (status === 'PENDING' && facts.secondsLeft === 0)) {
    return { kind: 'expired', expiresAt: facts.expiresAt, explanation: EXPIRED_EXPLANATION };
  }
  if (facts.secondsLeft === undefined) return { kind: 'pending-unknown-age' };
  return {
    kind: 'pending',
    expiresAt: facts.expiresAt,
    timeLeft: formatTimeLeft(facts.secondsLeft),
    urgent: facts.secondsLeft < INVITATION_WARNING_SECONDS,
  };
}
