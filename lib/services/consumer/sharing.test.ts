import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, OUTSIDER, PROVIDER } from '@/emulator/seed/demo-ids';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { invalidateReads } from '@/lib/aws/read-cache';
import { sharingTabWithWork } from '@/lib/consumer/sharing-view';
import { ActionFailure } from '@/lib/errors';
import { decideInvitation } from './invitations';
import { loadConsumerSharing } from './sharing';

/** The consumer half of /sharing and the invitation decisions, against the emulator's demo story. */

const P = PROVIDER['us-east-1'];

let emulator: RunningEmulator;
const session = (account: string, id: string) => accountSession(account, `consumer-sharing-test-${id}`);
const consumer = session(CONSUMER.account, 'consumer');
const outsider = session(OUTSIDER.account, 'outsider');

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());
// As the action client does after every mutation: the next page reads what AWS now holds.
beforeEach(invalidateReads);

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionFailure) return error.error;
    throw error;
  }
  throw new Error('expected a worded failure');
}

describe('loadConsumerSharing', () => {
  it('lists the pending invitation with its domain first, then the accepted share', async () => {
    const view = await loadConsumerSharing(consumer);
    if (!view.invitations.ok) throw new Error(view.invitations.error.message);
    const rows = view.invitations.data.map((r) => [r.shareName, r.state.kind, r.resources?.map((x) => x.domain?.name)]);
    expect(rows).toEqual([
      ['partner-apis-share', 'pending', [P.domains.pendingShare.name]],
      ['internal-apis-consumer-share', 'accepted', [P.domains.shared.name]],
    ]);
    expect(view.pendingCount).toBe(1);
    expect(view.partialFailures).toEqual([]);
    expect(view.accountId).toBe(CONSUMER.account);
  });

  it('has nothing for an account nobody shared with', async () => {
    const view = await loadConsumerSharing(outsider);
    expect(view.invitations).toEqual({ ok: true, data: [] });
    expect(view.pendingCount).toBe(0);
  });
});

describe('sharingTabWithWork', () => {
  it.each([
    [{ pendingInvitations: 1, ownedShares: 2 }, 'invitations'],
    [{ pendingInvitations: 0, ownedShares: 2, invitations: 1 }, 'shares'],
    [{ pendingInvitations: 0, ownedShares: 0, invitations: 1 }, 'invitations'],
    [{ pendingInvitations: 0, ownedShares: 0, sharedResources: 1 }, 'invitations'],
    [{ pendingInvitations: 0, ownedShares: 0 }, 'shares'],
    [{ pendingInvitations: 0, invitations: 3 }, 'shares'],
  ] as const)('%o opens on %s', (facts, tab) => {
    expect(sharingTabWithWork(facts)).toBe(tab);
  });
});

describe('decideInvitation', () => {
  it('accepts a pending invitation once, then says it was already accepted', async () => {
    await expect(decideInvitation(consumer, P.shares.pending.invitationArn, 'accept')).resolves.toEqual({
      invitationArn: P.shares.pending.invitationArn,
      status: 'ACCEPTED',
    });
    expect(await failureOf(decideInvitation(consumer, P.shares.pending.invitationArn, 'reject'))).toMatchObject({
      title: 'Already accepted',
      message: expect.stringContaining('can no longer be rejected') as string,
    });
    invalidateReads();
    const view = await loadConsumerSharing(consumer);
    expect(view.pendingCount).toBe(0);
  });

  it('words an invitation that does not exist', async () => {
    const unknown = P.shares.pending.invitationArn.replace(/[0-9a-f]{12}$/, '000000000000');
    expect(await failureOf(decideInvitation(consumer, unknown, 'accept'))).toMatchObject({
      kind: 'not-found',
      title: 'Invitation not found',
    });
  });
});
