import { describe, expect, it } from 'vitest';
import { invitationRows } from './invitation-rows';

const SHARE_A = 'arn:aws:ram:us-east-1:111111111111:resource-share/aaaaaaaa-0000-4000-8000-000000000001';
const SHARE_B = 'arn:aws:ram:us-east-1:111111111111:resource-share/aaaaaaaa-0000-4000-8000-000000000002';
const SHARE_ORG = 'arn:aws:ram:us-east-1:444444444444:resource-share/aaaaaaaa-0000-4000-8000-000000000003';
const INV = (n: number) =>
  `arn:aws:ram:us-east-1:111111111111:resource-share-invitation/bbbbbbbb-0000-4000-8000-00000000000${n}`;
const DOMAIN_A = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+k3x9q2ab';
const DOMAIN_B = 'arn:aws:apigateway:us-east-1:111111111111:/domainnames/partners.internal.example.com+p7m4d1zc';
const DOMAIN_ORG = 'arn:aws:apigateway:us-east-1:444444444444:/domainnames/billing.internal.example.com+z1z1z1z1';

describe('invitationRows', () => {
  const rows = invitationRows({
    invitations: [
      {
        arn: INV(1),
        shareArn: SHARE_A,
        shareName: 'internal',
        senderAccountId: '111111111111',
        status: 'ACCEPTED',
        invitedAt: '2026-11-24T10:00:00Z',
      },
      {
        arn: INV(2),
        shareArn: SHARE_B,
        shareName: 'partners',
        senderAccountId: '111111111111',
        status: 'PENDING',
        invitedAt: '2026-11-25T10:00:00Z',
        secondsLeft: 3600 * 5,
      },
      {
        arn: INV(3),
        shareArn: SHARE_B,
        shareName: 'partners-old',
        senderAccountId: '111111111111',
        status: 'PENDING',
        invitedAt: '2026-11-24T01:00:00Z',
        secondsLeft: 0,
      },
      {
        arn: INV(4),
        shareArn: SHARE_B,
        shareName: 'partners-soon',
        senderAccountId: '111111111111',
        status: 'PENDING',
        invitedAt: '2026-11-25T01:00:00Z',
        secondsLeft: 600,
      },
    ],
    sharedResources: [
      { arn: DOMAIN_A, type: 'apigateway:Domainnames', shareArn: SHARE_A },
      { arn: DOMAIN_ORG, type: 'apigateway:Domainnames', shareArn: SHARE_ORG },
    ],
    pendingResources: { [INV(2)]: [{ arn: DOMAIN_B, type: 'apigateway:Domainnames', shareArn: SHARE_B }] },
  });

  it('lists pending first (least time left first), then expired, accepted, auto-accepted', () => {
    expect(rows.map((r) => [r.shareName ?? r.shareArn, r.state.kind])).toEqual([
      ['partners-soon', 'pending'],
      ['partners', 'pending'],
      ['partners-old', 'expired'],
      ['internal', 'accepted'],
      [SHARE_ORG, 'auto-accepted'],
    ]);
  });

  it('names the domains each row shares, read from their ARNs', () => {
    expect(rows[1].resources).toEqual([
      {
        arn: DOMAIN_B,
        type: 'apigateway:Domainnames',
        domain: { name: 'partners.internal.example.com', id: 'p7m4d1zc', ownerAccountId: '111111111111' },
      },
    ]);
    expect(rows[3].resources?.[0].domain?.name).toBe('api.internal.example.com');
  });

  it('marks resources of a pending invitation that could not be read as unknown, and expired ones as none', () => {
    expect(rows[0].resources).toBeUndefined();
    expect(rows[2].resources).toEqual([]);
  });

  it('shows a share without invitation with its owner account', () => {
    expect(rows[4].invitationArn).toBeUndefined();
    expect(rows[4]).toMatchObject({ senderAccountId: '444444444444', state: { kind: 'auto-accepted' } });
  });
});
