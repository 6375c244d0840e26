/** RAM invitations must be accepted within 12 hours, or the provider has to share again (docs/aws/cross-account.md#ram-shares-and-invitations). */
export const INVITATION_LIFETIME_SECONDS = 12 * 60 * 60;

/** A pending invitation with less than this left is flagged on the overview. */
export const INVITATION_WARNING_SECONDS = 2 * 60 * 60;

export function invitationExpiresAt(invitationTimestamp: string): string {
  return new Date(Date.parse(invitationTimestamp) + INVITATION_LIFETIME_SECONDS * 1000).toISOString();
}

/** Seconds until expiry (never negative). */
export function secondsLeft(expiresAt: string, now: Date): number {
  return Math.max(0, Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000));
}

/** "11 h 05 min left", "42 min left", "expired". */
export function formatTimeLeft(seconds: number): string {
  if (seconds <= 0) return 'expired';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours === 0) return minutes === 0 ? 'less than a minute left' : `${minutes} min left`;
  return `${hours} h ${String(minutes).padStart(2, '0')} min left`;
}
