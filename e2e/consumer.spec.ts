import { Route53Client, CreateHostedZoneCommand } from '@aws-sdk/client-route-53';
import {
  test,
  expect as baseExpect,
  resetEmulator,
  switchContext,
  advanceEmulatorClock,
  emulatorUrl,
} from './fixtures';
import { CONSUMER, PROVIDER, OUTSIDER } from '../emulator/seed/demo-ids';
import { ConsumerPanel } from './pages/consumer-panel';
import { DiagnosePage } from './pages/diagnose';
import { SharingPage } from './pages/sharing';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const partners = P.domains.pendingShare;
const shared = P.domains.shared;
const partnerShare = P.shares.pending.name;
// Every mutation re-renders the whole page (several AWS reads); under `next dev` on a shared machine that is slow,
// and each route compiles on first use.
const expect = baseExpect.configure({ timeout: 45_000 });
const FIRST_LOAD = { timeout: 90_000 };
const domainPage = (d: { name: string; id: string }) => `/domains/${d.name}/${d.id}`;

async function openInvitations(sharing: SharingPage) {
  await sharing.open('invitations');
  await expect(sharing.invitationsHeading).toBeVisible(FIRST_LOAD);
}

/** Route 53 set-up a consumer would do outside the console (the console only creates zones named like the domain). */
async function createZone(name: string, vpcId: string) {
  const r53 = new Route53Client({
    region: 'us-east-1',
    endpoint: emulatorUrl(),
    credentials: { accessKeyId: CONSUMER.account, secretAccessKey: 'x' },
  });
  await r53.send(
    new CreateHostedZoneCommand({
      Name: name,
      CallerReference: `e2e-${name}-${Date.now()}`,
      VPC: { VPCId: vpcId, VPCRegion: 'us-east-1' },
      HostedZoneConfig: { PrivateZone: true },
    }),
  );
}

test.describe('consumer flows', () => {
  test.describe.configure({ timeout: 240_000 });
  test.beforeEach(resetEmulator);

  test('accept an invitation, associate an endpoint, create the DNS record, see what to tell the provider and how to call, then leave', async ({
    page,
  }) => {
    const sharing = new SharingPage(page);
    const panel = new ConsumerPanel(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(sharing);

    const row = sharing.invitation(partnerShare);
    await expect(row).toContainText(PROVIDER.account);
    await expect(row).toContainText(/Pending\s*(1[01] h \d+|12 h 00) min left/);
    await sharing.decide(partnerShare, 'Accept');
    await expect(sharing.dialog).toContainText('Accept this share?');
    await expect(sharing.dialog).toContainText(PROVIDER.account);
    await sharing.confirm();
    await expect(sharing.invitationResult).toContainText(`Accepted "${partnerShare}"`);
    await expect(row).toContainText('Accepted');
    await expect(row.getByRole('button', { name: /Accept/ })).toHaveCount(0);

    await row.getByRole('link', { name: partners.name }).click();
    await expect(panel.heading).toBeVisible(FIRST_LOAD);
    await expect(page.getByText(/sees only the domain's name, id, ARN and owner/)).toBeVisible();
    await expect(panel.status('access')).toHaveText('Done');
    await expect(panel.status('associate')).toHaveText('To do');
    await expect(panel.status('dns')).toHaveText('Blocked');
    await expect(panel.step('dns')).toContainText('Associate an endpoint first');

    await panel.associate(C.appVpceId);
    await expect(panel.associateResult).toContainText('may take up to 15 minutes');
    await expect(panel.status('associate')).toHaveText('Done');
    await expect(panel.status('dns')).toHaveText('To do');
    await expect(panel.step('dns')).toContainText(`No private hosted zone for ${partners.name}`);

    await expect(panel.dnsRecords(C.appVpceId)).toContainText(
      /A \(alias\).*vpce-0c22c0de5e72000e1-[a-z0-9]+\.execute-api\.us-east-1\.vpce\.amazonaws\.com.*Z7HUB22UULQXV.*Missing/,
    );
    await panel.createDnsRecord();
    await expect(panel.dnsResult).toContainText(`Alias A for ${partners.name} written to ${partners.name}`);
    await expect(panel.status('dns')).toHaveText('Done');

    await expect(panel.status('provider')).toHaveText('To do by the provider');
    await expect(panel.providerMessage).toContainText(
      `Account ${CONSUMER.account} has associated this VPC endpoint with your private custom domain ${partners.name}`,
    );
    await expect(panel.providerMessage).toContainText(C.appVpceId);
    expect(await panel.copyProviderMessage()).toContain(
      `Allow ${C.appVpceId} in the invoke policy of ${partners.name}`,
    );

    await expect(panel.status('invoke')).toHaveText('To do');
    await expect(panel.step('invoke')).toContainText(`https://${partners.name}/`);
    await expect(panel.snippet(`--url 'https://${partners.name}/'`)).toBeVisible();
    await expect(panel.invokeLink).toHaveAttribute('href', new RegExp(`/invoke\\?.*domain=${partners.name}`));

    // The association is minutes old: the diagnosis says to wait, not to change anything.
    const diagnose = await DiagnosePage.openFromInvoke(page, 'B1');
    await expect(diagnose.finding).toContainText(
      'First broken link: Access association (exists, not rejected, old enough)',
      FIRST_LOAD,
    );
    await expect(diagnose.finding).toContainText(/created the association of vpce-0c22c0de5e72000e1 \d+ min ago/);
    await expect(diagnose.finding).toContainText(
      /Wait about 1[45] more minutes and call again; nothing needs changing/,
    );
    await page.goBack();

    await panel.leave(C.appVpceId, { withDns: true });
    await expect(panel.leaveResult).toContainText(
      `Deleted the association of ${C.appVpceId}. Deleted 1 DNS record for ${partners.name}; the hosted zone stays.`,
    );
    await expect(panel.status('associate')).toHaveText('To do');
    await expect(panel.status('dns')).toHaveText('Blocked');
  });

  test('"Call the domain" asks for the base path the consumer cannot read, and puts it in the URL and snippets', async ({
    page,
  }) => {
    const panel = new ConsumerPanel(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await panel.open(shared);
    await expect(panel.status('invoke')).toHaveText('To do', FIRST_LOAD);
    await expect(panel.step('invoke')).toContainText('ask the provider and enter it below');
    await expect(panel.snippet(`--url 'https://${shared.name}/'`)).toBeVisible();

    await panel.useBasePath('/orders');
    await expect(panel.snippet(`--url 'https://${shared.name}/orders/'`)).toBeVisible();
    await expect(panel.step('invoke')).toContainText(`Call https://${shared.name}/orders/… from inside the VPC.`);
    await expect(panel.invokeLink).toHaveAttribute('href', /basePath=orders/);
    await expect(page).toHaveURL(/[?&]basePath=orders/);

    // A link keeps the answer; a base path AWS would refuse is named, not applied.
    await page.reload();
    await expect(panel.snippet(`--url 'https://${shared.name}/orders/'`)).toBeVisible(FIRST_LOAD);
    await panel.useBasePath('orders/v1');
    await expect(panel.step('invoke')).toContainText('Private domains support one path segment only');
    await expect(page).toHaveURL(/[?&]basePath=orders(&|$)/);
  });

  test('a consumer is not told its association is fine: the provider may have rejected it, so it is unknown', async ({
    page,
  }) => {
    const panel = new ConsumerPanel(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await panel.open(shared);
    const association = panel.prerequisite('Access association between the endpoint and the domain');
    await expect(association).toContainText('Unknown', FIRST_LOAD);
    await expect(association).toContainText(
      `Ask the provider (account ${PROVIDER.account}) whether they rejected the access association of ${C.appVpceId}`,
    );
    await expect(association).not.toContainText(/\bMet\b/);
  });

  test('/sharing opens on the tab that holds work: Invitations for a consumer with a pending one', async ({ page }) => {
    const sharing = new SharingPage(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await sharing.open();
    await expect(sharing.tab(/^Invitations/)).toHaveAttribute('aria-selected', 'true', FIRST_LOAD);
    await expect(sharing.invitation(partnerShare)).toContainText('Pending');

    await switchContext(page, 'Provider');
    await sharing.open();
    await expect(sharing.tab(/^Shared by this account/)).toHaveAttribute('aria-selected', 'true', FIRST_LOAD);
  });

  test('an invitation past its 12 hours is explained, and accepting it in the meantime changes nothing', async ({
    page,
  }) => {
    const sharing = new SharingPage(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(sharing);
    const row = sharing.invitation(partnerShare);
    await sharing.decide(partnerShare, 'Accept');

    // The invitation expires while the confirmation is open.
    await advanceEmulatorClock(13 * 3600);
    await sharing.confirm();
    await expect(sharing.actionError).toContainText('Invitation expired');
    await expect(sharing.actionError).toContainText('Ask the provider to share the domain again');

    await openInvitations(sharing);
    await expect(row).toContainText('Expired');
    await expect(row).toContainText('Ask the provider to share the domain again');
    await expect(row.getByRole('button', { name: /Accept/ })).toHaveCount(0);
    await page.goto(domainPage(partners));
    // While streamed HTML is still hidden, React may already show its own render of the same alert: count visible ones.
    await expect(
      page
        .getByText(
          `No private custom domain name ${partners.name} with ID ${partners.id} is owned by or shared with this account`,
        )
        .filter({ visible: true }),
    ).toBeVisible(FIRST_LOAD);
  });

  test('an outsider with the ARN but no grant cannot associate and is told the provider must share; nothing is created', async ({
    page,
  }) => {
    const sharing = new SharingPage(page);
    await page.goto('/');
    await switchContext(page, 'Outsider');
    await openInvitations(sharing);
    await sharing.fillArn(shared.arn);
    await sharing.pickEndpoint(OUTSIDER['us-east-1'].vpceId);
    await sharing.submitArn();
    await expect(sharing.actionError).toContainText('This domain is not shared with this account');
    await expect(sharing.actionError).toContainText(
      `The provider (account ${PROVIDER.account}) has not shared ${shared.name} with account ${OUTSIDER.account}, and no invitation for it is waiting. The provider must share it again`,
    );
    await expect(sharing.actionError).not.toContainText('accept the invitation');

    await switchContext(page, 'Provider');
    await page.goto(`${domainPage(shared)}?tab=associations`);
    await expect(page.getByRole('tabpanel')).toContainText(C.appVpceId);
    await expect(page.getByRole('tabpanel')).not.toContainText(OUTSIDER['us-east-1'].vpceId);
  });

  test('bad input at each step is named and creates nothing', async ({ page }) => {
    const sharing = new SharingPage(page);
    const panel = new ConsumerPanel(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(sharing);
    const form = sharing.arnForm;

    await sharing.submitArn();
    await expect(form).toContainText('Enter the domain ARN the provider gave you.');
    await expect(form).toContainText('Pick one of your execute-api VPC endpoints.');

    await sharing.fillArn('arn:aws:apigateway:us-east-1::/domainnames/api.internal.example.com');
    await sharing.submitArn();
    await expect(form).toContainText('This is the ARN of a public custom domain');

    await sharing.fillArn(shared.arn.replace(/us-east-1/g, 'eu-west-1'));
    await sharing.pickEndpoint(C.analyticsVpceId);
    await sharing.submitArn();
    await expect(form).toContainText('This domain is in eu-west-1 and the console is in us-east-1');

    // Already associated (seeded): AWS refuses, the form says which field is wrong.
    await sharing.fillArn(shared.arn);
    await sharing.submitArn();
    await expect(form).toContainText(`${C.analyticsVpceId} is already associated with this domain.`);
    await expect(sharing.associateResult).toHaveCount(0);

    // Associate step: an endpoint that is already associated is refused before calling AWS.
    await panel.open(shared);
    await panel.associate(C.appVpceId);
    await expect(panel.actionError('associate')).toContainText('Already associated with this domain.');

    // DNS step: a parent zone hidden by a more specific zone on the same VPC is refused; no record is written.
    await createZone('internal.example.com', C.analyticsVpc.id);
    await createZone(shared.name, C.analyticsVpc.id);
    await page.reload();
    await panel.pickZone(C.analyticsVpceId, /^internal\.example\.com/);
    await panel.step('dns').getByRole('button', { name: 'Create DNS record' }).click();
    await expect(panel.step('dns')).toContainText(`Zone ${shared.name}`);
    await expect(panel.step('dns')).toContainText('is more specific and would hide a record in internal.example.com');
    await page.reload();
    await expect(panel.dnsRecords(C.analyticsVpceId)).toContainText('Missing');
  });

  test('two accounts through the UI: the provider shares, the consumer accepts, associates and creates DNS, the provider allows one endpoint and rejects another', async ({
    page,
  }) => {
    test.setTimeout(400_000);
    const sharing = new SharingPage(page);
    const panel = new ConsumerPanel(page);
    const inventory = P.domains.denyAll;
    const shareName = `${inventory.name}-share`;

    await page.goto(`${domainPage(inventory)}?tab=sharing`);
    await page.getByRole('button', { name: 'Share domain' }).click();
    const share = page.getByRole('dialog');
    await share.getByRole('textbox', { name: 'Consumer principals' }).fill(CONSUMER.account);
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('tabpanel')).toContainText(shareName, FIRST_LOAD);

    await switchContext(page, 'Consumer');
    await openInvitations(sharing);
    const row = sharing.invitation(shareName);
    await expect(row).toContainText(/Pending\s*(1[01] h \d+|12 h 00) min left/);
    await sharing.decide(shareName, 'Accept');
    await sharing.confirm();
    await expect(row).toContainText('Accepted');
    await row.getByRole('link', { name: inventory.name }).click();

    await expect(panel.step('associate')).toBeVisible(FIRST_LOAD);
    for (const vpce of [C.appVpceId, C.analyticsVpceId]) {
      await panel.associate(vpce);
      await expect(panel.step('associate')).toContainText(`${vpce} is associated`);
    }
    await panel.createDnsRecord();
    await expect(panel.dnsResult).toContainText(`Alias A for ${inventory.name} written to ${inventory.name}`);
    await expect(panel.status('dns')).toHaveText('Done');
    await expect(panel.snippet(`--url 'https://${inventory.name}/'`)).toBeVisible();

    await switchContext(page, 'Provider');
    await page.goto(`${domainPage(inventory)}?tab=associations`);
    const table = page.getByRole('tabpanel');
    const appRow = table.getByRole('row', { name: new RegExp(C.appVpceId) });
    const analyticsRow = table.getByRole('row', { name: new RegExp(C.analyticsVpceId) });
    await expect(appRow).toContainText(CONSUMER.account, FIRST_LOAD);
    await expect(appRow).toContainText('Not allowed');
    await expect(analyticsRow).toContainText(CONSUMER.account);

    await appRow.getByRole('radio').check();
    await table.getByRole('button', { name: 'Allow endpoint in policies' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Allow endpoint' }).click();
    await expect(appRow).toContainText('Allowed');

    await analyticsRow.getByRole('radio').check();
    await table.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reject association' }).click();
    await expect(analyticsRow).toHaveCount(0);
    await expect(appRow).toContainText('Allowed');
  });

  test('the DNS step finds VPC DNS attributes that are off and turns them on', async ({ page }) => {
    const panel = new ConsumerPanel(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await panel.open(shared);
    const warning = panel.step('dns').getByText(`${C.analyticsVpc.id} has enableDnsHostnames turned off`);
    await expect(warning).toBeVisible(FIRST_LOAD);
    await panel.turnOnVpcDns();
    await expect(warning).toHaveCount(0);
    await expect(panel.endpointRow(C.analyticsVpceId)).toContainText('support on, hostnames on');
  });

  test('rejecting an invitation asks first; then the share is gone, and associating by ARN says the provider must share again', async ({
    page,
  }) => {
    const sharing = new SharingPage(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(sharing);
    const row = sharing.invitation(partnerShare);
    await sharing.decide(partnerShare, 'Reject');
    await expect(sharing.dialog).toContainText('the provider has to share again');
    await sharing.cancel();
    await expect(row).toContainText('Pending');

    await sharing.decide(partnerShare, 'Reject');
    await sharing.confirm();
    await expect(sharing.invitationResult).toContainText(`Rejected "${partnerShare}"`);
    await expect(row).toContainText('Rejected');
    await expect(row).toContainText('The provider must share again');
    await expect(row.getByRole('button', { name: /^(Accept|Reject) / })).toHaveCount(0);

    // Neither an invitation nor a grant any more: only the provider can act.
    await sharing.fillArn(partners.arn);
    await sharing.pickEndpoint(C.appVpceId);
    await sharing.submitArn();
    await expect(sharing.actionError).toContainText(
      'no invitation for it is waiting. The provider must share it again',
    );
  });
});
