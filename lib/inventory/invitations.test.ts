import { describe, expect, it } from 'vitest';
import { formatTimeLeft, invitationExpiresAt, secondsLeft } from './invitations';

describe('invitation expiry', () => {
  it('expires 12 hours after the invitation', () => {
    expect(invitationExpiresAt('2026-01-01T08:00:00.000Z')).toBe('2026-01-01T20:00:00.000Z');
  });

  it('counts the seconds left and never goes below zero', () => {
    const expires = '2026-01-01T20:00:00.000Z';
    expect(secondsLeft(expires, new Date('2026-01-01T19:00:00.000Z'))).toBe(3600);
    expect(secondsLeft(expires, new Date('2026-01-02T00:00:00.000Z'))).toBe(0);
  });

  it.each([
    [0, 'expired'],
    [30, 'less than a minute left'],
    [42 * 60, '42 min left'],
    [11 * 3600 + 5 * 60 + 59, '11 h 05 min left'],
  ])('formats %i seconds as "%s"', (seconds, text) => {
    expect(formatTimeLeft(seconds)).toBe(text);
  });
});
