import { test, expect, resetEmulator, advanceEmulatorClock, switchContext } from './fixtures';
import { InvokePage } from './pages/invoke';
import { SharingPage } from './pages/sharing';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const shared = P.domains.shared;
const partnerShare = P.shares.pending.name;
const ask = `Ask the provider (account ${PROVIDER.account})`;

/** What only the provider can see, and what the consumer is told to ask about each. */
const PROVIDER_SIDE: [RegExp, string][] = [
  [/^Unknown Access association/, `${ask} whether they rejected the access association of ${C.appVpceId}`],
  [/^Unknown Domain policy allows/, `${ask} to allow aws:SourceVpce ${C.appVpceId} in the policy of ${shared.arn}`],
  [/^Unknown Base path mapping "orders"/, `${ask} which base paths ${shared.name} maps and to which stage`],
  [
    /^Unknown Resource policy of the mapped API/,
    `${ask} to allow aws:SourceVpce ${C.appVpceId} in the resource policy`,
  ],
  [/^Unknown Method authorization/, `${ask} how GET /orders authorizes`],
];

test.describe('guidance: the consumer side', () => {
  test.beforeEach(resetEmulator);

  test('a consumer is never told that what only the provider sees is met: each is unknown, with what to ask', async ({
    page,
  }) => {
    const invoke = new InvokePage(page);
    await invoke.open('Consumer', { domain: shared, basePath: 'orders' }, { vpce: C.appVpceId, path: '/orders' });
    const prerequisites = invoke.answer.prerequisites('B1');
    await expect(prerequisites).toBeVisible({ timeout: 60_000 });
    for (const [row, question] of PROVIDER_SIDE) {
      await expect(prerequisites.getByRole('row', { name: row })).toContainText(question);
    }
    await expect(invoke.answer.row('B1')).toContainText(`Unverified – ${PROVIDER_SIDE.length} unknown`);
  });

  test("while the consumer's invitation is pending, RAM already lists the consumer as the share's principal", async ({
    page,
  }) => {
    const sharing = new SharingPage(page);
    await sharing.open('shares');
    await expect(sharing.share(partnerShare)).toContainText(CONSUMER.account, { timeout: 60_000 });

    await switchContext(page, 'Consumer');
    await sharing.open('invitations');
    await expect(sharing.invitation(partnerShare)).toContainText('Pending', { timeout: 60_000 });
  });

  test('an invitation nobody accepts within 12 hours takes the consumer out of the provider’s share', async ({
    page,
  }) => {
    await advanceEmulatorClock(13 * 3600);
    const sharing = new SharingPage(page);
    await sharing.open('shares');
    await expect(sharing.share(partnerShare)).toBeVisible({ timeout: 60_000 });
    await expect(sharing.share(partnerShare)).not.toContainText(CONSUMER.account);
    // The share that was accepted keeps its principal.
    await expect(sharing.share(P.shares.active.name)).toContainText(CONSUMER.account);
  });
});
