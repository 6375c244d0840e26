import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { invalidateReads } from '@/lib/aws/read-cache';
import { ActionFailure } from '@/lib/errors';
import { associateEndpoint } from './associate';
import { decideInvitation } from './invitations';

/** Who must act when AWS refuses an association: the consumer (an invitation waits) or the provider (none does). */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const partners = P.domains.pendingShare;

let emulator: RunningEmulator;
const consumer = accountSession(CONSUMER.account, 'consumer-associate-test');

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

async function refusal(): Promise<ActionFailure['error']> {
  try {
    await associateEndpoint(consumer, { domainNameArn: partners.arn, vpcEndpointId: C.appVpceId });
  } catch (error) {
    if (error instanceof ActionFailure) return error.error;
    throw error;
  }
  throw new Error('expected AWS to refuse the association');
}

describe('associateEndpoint refused by AWS', () => {
  it('sends the consumer to its waiting invitation', async () => {
    const error = await refusal();
    expect(error.title).toBe('This domain is not shared with this account');
    expect(error.message).toContain('an invitation for it is waiting. Accept it on the Sharing page');
  });

  it('after the invitation is rejected, says only the provider can share again', async () => {
    await decideInvitation(consumer, P.shares.pending.invitationArn, 'reject');
    // As the action client does after every mutation.
    invalidateReads();
    const error = await refusal();
    expect(error.message).toContain('and no invitation for it is waiting. The provider must share it again');
    expect(error.message).not.toMatch(/accept/i);
  });
});
