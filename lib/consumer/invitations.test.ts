import { describe, expect, it } from 'vitest';
import { invitationState } from './invitations';

describe('invitationState', () => {
  it('shows the time left of a pending invitation', () => {
    expect(
      invitationState({ status: 'PENDING', expiresAt: '2026-11-25T20:00:00.000Z', secondsLeft: 11 * 3600 + 42 * 60 }),
    ).toEqual({
      kind: 'pending',
      expiresAt: '2026-11-25T20:00:00.000Z',
      timeLeft: '11 h 42 min left',
      urgent: false,
    });
  });

  it('flags the last two hours as urgent', () => {
    expect(invitationState({ status: 'PENDING', secondsLeft: 30 * 60 })).toMatchObject({
      kind: 'pending',
      urgent: true,
      timeLeft: '30 min left',
    });
  });

  it('treats a PENDING invitation with no time left as expired and says what to do', () => {
    const s = invitationState({ status: 'PENDING', secondsLeft: 0 });
    expect(s.kind).toBe('expired');
    expect(s.kind === 'expired' && s.explanation).toMatch(/Ask the provider to share the domain again/);
  });

  it('believes RAM when it says EXPIRED, and passes the other states through case-insensitively', () => {
    expect(invitationState({ status: 'EXPIRED', secondsLeft: 100 }).kind).toBe('expired');
    expect(invitationState({ status: 'accepted' }).kind).toBe('accepted');
    expect(invitationState({ status: 'REJECTED' }).kind).toBe('rejected');
    expect(invitationState({ status: 'PENDING' }).kind).toBe('pending-unknown-age');
  });
});
