import { Route53Client, CreateHostedZoneCommand } from '@aws-sdk/client-route-53';
import {
  test,
  expect as baseExpect,
  resetEmulator,
  switchContext,
  advanceEmulatorClock,
  emulatorUrl,
} from './fixtures';
import type { Page } from '@playwright/test';
import { CONSUMER, PROVIDER, OUTSIDER } from '../emulator/seed/demo-ids';

const C = CONSUMER['us-east-1'];
const P = PROVIDER['us-east-1'];
const partners = P.domains.pendingShare;
const shared = P.domains.shared;
// Every mutation re-renders the whole page (several AWS reads); under `next dev` on a shared machine that is slow,
// and each route compiles on first use.
const expect = baseExpect.configure({ timeout: 45_000 });
const FIRST_LOAD = { timeout: 90_000 };
const domainPage = (d: { name: string; id: string }) => `/domains/${d.name}/${d.id}`;

async function openInvitations(page: Page) {
  await page.goto('/sharing?tab=invitations');
  await expect(page.getByRole('heading', { name: /Invitations to this account/ })).toBeVisible(FIRST_LOAD);
}

function step(page: Page, id: string) {
  return page.getByTestId(`step-${id}`);
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
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(page);

    const row = page.getByRole('row', { name: /partner-apis-share/ });
    await expect(row).toContainText(PROVIDER.account);
    await expect(row).toContainText(/Pending\s*1[01] h \d+ min left/);
    await row.getByRole('button', { name: 'Accept partner-apis-share' }).click();
    const modal = page.getByRole('dialog');
    await expect(modal).toContainText('Accept this share?');
    await expect(modal).toContainText(PROVIDER.account);
    await modal.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByTestId('invitation-result')).toContainText('Accepted "partner-apis-share"');
    await expect(row).toContainText('Accepted');
    await expect(row.getByRole('button', { name: /Accept/ })).toHaveCount(0);

    await row.getByRole('link', { name: partners.name }).click();
    await expect(page.getByRole('heading', { name: 'Use this shared domain' })).toBeVisible(FIRST_LOAD);
    await expect(page.getByText(/sees only the domain's name, id, ARN and owner/)).toBeVisible();
    await expect(step(page, 'access').getByTestId('step-status-access')).toHaveText('Done');
    await expect(step(page, 'associate').getByTestId('step-status-associate')).toHaveText('To do');
    await expect(step(page, 'dns').getByTestId('step-status-dns')).toHaveText('Blocked');
    await expect(step(page, 'dns')).toContainText('Associate an endpoint first');

    const associate = step(page, 'associate');
    await associate.getByRole('radio', { name: `Select endpoint ${C.appVpceId}` }).check();
    await associate.getByRole('button', { name: 'Associate endpoint' }).click();
    await expect(associate.getByTestId('associate-result')).toContainText('may take up to 15 minutes');
    await expect(step(page, 'associate').getByTestId('step-status-associate')).toHaveText('Done');
    await expect(step(page, 'dns').getByTestId('step-status-dns')).toHaveText('To do');
    await expect(step(page, 'dns')).toContainText(`No private hosted zone for ${partners.name}`);

    const dns = step(page, 'dns');
    await expect(dns.getByRole('table', { name: `DNS records for ${C.appVpceId}` })).toContainText(
      /A \(alias\).*vpce-0c22c0de5e72000e1-[a-z0-9]+\.execute-api\.us-east-1\.vpce\.amazonaws\.com.*Z7HUB22UULQXV.*Missing/,
    );
    await dns.getByRole('button', { name: 'Create DNS record' }).click();
    await expect(dns.getByTestId('dns-result')).toContainText(
      `Alias A for ${partners.name} written to ${partners.name}`,
    );
    await expect(step(page, 'dns').getByTestId('step-status-dns')).toHaveText('Done');

    const provider = step(page, 'provider');
    await expect(provider.getByTestId('step-status-provider')).toHaveText('To do by the provider');
    await expect(provider.getByTestId('provider-message')).toContainText(
      `Account ${CONSUMER.account} has associated this VPC endpoint with your private custom domain ${partners.name}`,
    );
    await expect(provider.getByTestId('provider-message')).toContainText(C.appVpceId);
    await provider.getByRole('button', { name: 'Copy message' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `Allow ${C.appVpceId} in the invoke policy of ${partners.name}`,
    );

    const invoke = step(page, 'invoke');
    await expect(invoke.getByTestId('step-status-invoke')).toHaveText('To do');
    await expect(invoke).toContainText(`https://${partners.name}/`);
    await expect(invoke.getByText(`--url 'https://${partners.name}/'`).filter({ visible: true }).first()).toBeVisible();
    await expect(invoke.getByRole('link', { name: 'Open in Invoke URLs' })).toHaveAttribute(
      'href',
      new RegExp(`/invoke\\?.*domain=${partners.name}`),
    );

    await page.getByRole('button', { name: `Delete association of ${C.appVpceId}` }).click();
    const leave = page.getByRole('dialog');
    await expect(leave.getByRole('checkbox', { name: /Also delete the alias records/ })).toBeChecked();
    await leave.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByTestId('leave-result')).toContainText(
      `Deleted the association of ${C.appVpceId}. Deleted 1 DNS record for ${partners.name}; the hosted zone stays.`,
    );
    await expect(step(page, 'associate').getByTestId('step-status-associate')).toHaveText('To do');
    await expect(step(page, 'dns').getByTestId('step-status-dns')).toHaveText('Blocked');
  });

  test('an invitation past its 12 hours is explained, and accepting it in the meantime changes nothing', async ({
    page,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(page);
    const row = page.getByRole('row', { name: /partner-apis-share/ });
    await row.getByRole('button', { name: 'Accept partner-apis-share' }).click();

    // The invitation expires while the confirmation is open.
    await advanceEmulatorClock(13 * 3600);
    await page.getByRole('dialog').getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByTestId('action-error')).toContainText('Invitation expired');
    await expect(page.getByTestId('action-error')).toContainText('Ask the provider to share the domain again');

    await openInvitations(page);
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

  test('an outsider with the ARN but no grant cannot associate and is told why; nothing is created', async ({
    page,
  }) => {
    await page.goto('/');
    await switchContext(page, 'Outsider');
    await openInvitations(page);
    const form = page.locator('form').filter({ hasText: 'Domain ARN' });
    await form.getByRole('textbox', { name: 'Domain ARN' }).fill(shared.arn);
    await form.getByRole('button', { name: 'VPC endpoint' }).click();
    await page.getByRole('option', { name: new RegExp(OUTSIDER['us-east-1'].vpceId) }).click();
    await form.getByRole('button', { name: 'Associate endpoint' }).click();
    const error = page.getByTestId('action-error');
    await expect(error).toContainText('This domain is not shared with this account');
    await expect(error).toContainText(
      `The provider (account ${PROVIDER.account}) has not shared ${shared.name} with account ${OUTSIDER.account}. Ask them to share it via RAM`,
    );

    await switchContext(page, 'Provider');
    await page.goto(`${domainPage(shared)}?tab=associations`);
    await expect(page.getByRole('tabpanel')).toContainText(C.appVpceId);
    await expect(page.getByRole('tabpanel')).not.toContainText(OUTSIDER['us-east-1'].vpceId);
  });

  test('bad input at each step is named and creates nothing', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(page);
    const form = page.locator('form').filter({ hasText: 'Domain ARN' });
    const submit = form.getByRole('button', { name: 'Associate endpoint' });

    await submit.click();
    await expect(form).toContainText('Enter the domain ARN the provider gave you.');
    await expect(form).toContainText('Pick one of your execute-api VPC endpoints.');

    await form
      .getByRole('textbox', { name: 'Domain ARN' })
      .fill('arn:aws:apigateway:us-east-1::/domainnames/api.internal.example.com');
    await submit.click();
    await expect(form).toContainText('This is the ARN of a public custom domain');

    await form.getByRole('textbox', { name: 'Domain ARN' }).fill(shared.arn.replace(/us-east-1/g, 'eu-west-1'));
    await form.getByRole('button', { name: 'VPC endpoint' }).click();
    await page.getByRole('option', { name: new RegExp(C.analyticsVpceId) }).click();
    await submit.click();
    await expect(form).toContainText('This domain is in eu-west-1 and the console is in us-east-1');

    // Already associated (seeded): AWS refuses, the form says which field is wrong.
    await form.getByRole('textbox', { name: 'Domain ARN' }).fill(shared.arn);
    await submit.click();
    await expect(form).toContainText(`${C.analyticsVpceId} is already associated with this domain.`);
    await expect(page.getByTestId('associate-result')).toHaveCount(0);

    // Associate step: an endpoint that is already associated is refused before calling AWS.
    await page.goto(domainPage(shared));
    const associate = step(page, 'associate');
    await associate.getByRole('radio', { name: `Select endpoint ${C.appVpceId}` }).check();
    await associate.getByRole('button', { name: 'Associate endpoint' }).click();
    await expect(associate.getByTestId('action-error')).toContainText('Already associated with this domain.');

    // DNS step: a parent zone hidden by a more specific zone on the same VPC is refused; no record is written.
    await createZone('internal.example.com', C.analyticsVpc.id);
    await createZone(shared.name, C.analyticsVpc.id);
    await page.reload();
    const dns = step(page, 'dns');
    await dns.getByRole('button', { name: `Private hosted zone for ${C.analyticsVpceId}` }).click();
    await page.getByRole('option', { name: /^internal\.example\.com/ }).click();
    await dns.getByRole('button', { name: 'Create DNS record' }).click();
    await expect(dns).toContainText(`Zone ${shared.name}`);
    await expect(dns).toContainText('is more specific and would hide a record in internal.example.com');
    await page.reload();
    await expect(step(page, 'dns').getByRole('table', { name: `DNS records for ${C.analyticsVpceId}` })).toContainText(
      'Missing',
    );
  });

  test('two accounts through the UI: the provider shares, the consumer accepts, associates and creates DNS, the provider allows one endpoint and rejects another', async ({
    page,
  }) => {
    test.setTimeout(400_000);
    const inventory = P.domains.denyAll;
    const shareName = `${inventory.name}-share`;

    await page.goto(`${domainPage(inventory)}?tab=sharing`);
    await page.getByRole('button', { name: 'Share domain' }).click();
    const share = page.getByRole('dialog');
    await share.getByRole('textbox', { name: 'Consumer principals' }).fill(CONSUMER.account);
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('tabpanel')).toContainText(shareName, FIRST_LOAD);

    await switchContext(page, 'Consumer');
    await openInvitations(page);
    const row = page.getByRole('row', { name: new RegExp(shareName.replace(/\./g, '\\.')) });
    await expect(row).toContainText(/Pending\s*1[01] h \d+ min left/);
    await row.getByRole('button', { name: `Accept ${shareName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(row).toContainText('Accepted');
    await row.getByRole('link', { name: inventory.name }).click();

    const associate = step(page, 'associate');
    await expect(associate).toBeVisible(FIRST_LOAD);
    for (const vpce of [C.appVpceId, C.analyticsVpceId]) {
      await associate.getByRole('radio', { name: `Select endpoint ${vpce}` }).check();
      await associate.getByRole('button', { name: 'Associate endpoint' }).click();
      await expect(associate).toContainText(`${vpce} is associated`);
    }
    const dns = step(page, 'dns');
    await dns.getByRole('button', { name: 'Create DNS record' }).first().click();
    await expect(dns.getByTestId('dns-result')).toContainText(
      `Alias A for ${inventory.name} written to ${inventory.name}`,
    );
    await expect(step(page, 'dns').getByTestId('step-status-dns')).toHaveText('Done');
    await expect(
      step(page, 'invoke').getByText(`--url 'https://${inventory.name}/'`).filter({ visible: true }).first(),
    ).toBeVisible();

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
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await page.goto(domainPage(shared));
    const dns = step(page, 'dns');
    const warning = dns.getByText(`${C.analyticsVpc.id} has enableDnsHostnames turned off`);
    await expect(warning).toBeVisible(FIRST_LOAD);
    await dns.getByRole('button', { name: 'Turn on DNS support and DNS hostnames' }).click();
    await expect(warning).toHaveCount(0);
    await expect(step(page, 'associate').getByRole('row', { name: new RegExp(C.analyticsVpceId) })).toContainText(
      'support on, hostnames on',
    );
  });

  test('rejecting an invitation asks first, then the share is gone for good', async ({ page }) => {
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await openInvitations(page);
    const row = page.getByRole('row', { name: /partner-apis-share/ });
    await row.getByRole('button', { name: 'Reject partner-apis-share' }).click();
    const modal = page.getByRole('dialog');
    await expect(modal).toContainText('the provider has to share again');
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toContainText('Pending');

    await row.getByRole('button', { name: 'Reject partner-apis-share' }).click();
    await modal.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.getByTestId('invitation-result')).toContainText('Rejected "partner-apis-share"');
    await expect(row).toContainText('Rejected');
    await expect(row.getByRole('button', { name: /^(Accept|Reject) / })).toHaveCount(0);
  });
});
