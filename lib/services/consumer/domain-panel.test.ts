import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, OUTSIDER, PROVIDER } from '@/emulator/seed/demo-ids';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { invalidateReads } from '@/lib/aws/read-cache';
import { getVpcDnsAttributes } from '@/lib/aws/read/vpc-endpoints';
import type { ConsumerDomainView } from '@/lib/consumer/panel';
import { NEW_HOSTED_ZONE } from '@/lib/consumer/schemas';
import { ActionFailure, FieldError } from '@/lib/errors';
import { listQuery } from '@/lib/inventory/paging';
import { associateEndpoint } from './associate';
import { writeDnsRecord } from './dns-record';
import { loadAssociationCandidates, loadConsumerDomainPanel } from './domain-panel';
import { decideInvitation } from './invitations';
import { leaveDomain } from './leave';
import { turnOnVpcDns } from './vpc-dns';

/**
 * The consumer's path through one shared domain, against the emulator's demo story: the panel's reading after each
 * change the consumer makes (accept, associate, DNS record, VPC attributes, leave), and the refusals on the way.
 */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const partners = P.domains.pendingShare;
const shared = P.domains.shared;

let emulator: RunningEmulator;
const session = (account: string, id: string) => accountSession(account, `consumer-panel-test-${id}`);
const consumer = session(CONSUMER.account, 'consumer');
const outsider = session(OUTSIDER.account, 'outsider');

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());
beforeEach(invalidateReads);

/** The panel as the page after a change reads it: the action client drops cached reads after every mutation. */
async function panel(arn: string, basePath?: string): Promise<ConsumerDomainView> {
  invalidateReads();
  const read = await loadConsumerDomainPanel(consumer, arn, basePath);
  if (!read.ok) throw new Error(read.error.message);
  return read.data;
}

const statuses = (view: ConsumerDomainView) => Object.fromEntries(view.steps.map((s) => [s.id, s.status]));

async function setFaults(spec: string) {
  const res = await fetch(`${emulator.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ spec }),
  });
  if (!res.ok) throw new Error(`faults: ${res.status}`);
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('consumer panel of a shared domain', () => {
  it('starts, for a pending invitation, with the share to accept and nothing to associate yet', async () => {
    const view = await panel(partners.arn);
    expect(view.accountId).toBe(CONSUMER.account);
    expect(view.domain).toMatchObject({ name: partners.name, id: partners.id, ownerAccountId: PROVIDER.account });
    expect(statuses(view)).toEqual({
      access: 'todo',
      associate: 'blocked',
      dns: 'blocked',
      provider: 'blocked',
      invoke: 'blocked',
    });
    expect(view.invoke).toBeUndefined();
  });

  it('follows accept → associate → DNS record, and answers the invoke step with the base path given', async () => {
    await decideInvitation(consumer, P.shares.pending.invitationArn, 'accept');
    expect(statuses(await panel(partners.arn))).toMatchObject({ access: 'done', associate: 'todo' });

    const { associationArn } = await associateEndpoint(consumer, {
      domainNameArn: partners.arn,
      vpcEndpointId: C.appVpceId,
    });
    expect(associationArn).toContain(`/domainname/${partners.name}+${partners.id}/vpcesource/${C.appVpceId}`);
    const associated = await panel(partners.arn);
    expect(statuses(associated)).toMatchObject({ associate: 'done', dns: 'todo', provider: 'todo' });
    expect(associated.providerRequest?.message).toContain(C.appVpceId);

    await expect(
      writeDnsRecord(consumer, {
        domainNameArn: partners.arn,
        vpcEndpointId: C.appVpceId,
        hostedZone: NEW_HOSTED_ZONE,
      }),
    ).resolves.toMatchObject({ zoneName: partners.name, createdZone: true, records: ['A'] });
    const resolved = await panel(partners.arn, '/catalog/');
    expect(statuses(resolved)).toMatchObject({ dns: 'done', invoke: 'todo' });
    expect(resolved.invoke?.basePath).toBe('catalog');
    expect(resolved.invoke?.href).toContain('basePath=catalog');
    if (!resolved.invoke?.answer.ok) throw new Error('no invoke answer');
    const snippets = JSON.stringify(resolved.invoke.answer.data.answer.snippets);
    expect(snippets).toContain(`https://${partners.name}/catalog/`);
  });

  it('refuses, before AWS, a second zone for the name and an endpoint of another account', async () => {
    const secondZone = await thrown(
      writeDnsRecord(consumer, {
        domainNameArn: partners.arn,
        vpcEndpointId: C.appVpceId,
        hostedZone: NEW_HOSTED_ZONE,
      }),
    );
    expect(secondZone).toBeInstanceOf(FieldError);
    expect(secondZone).toMatchObject({
      field: 'hostedZone',
      message: expect.stringContaining('already exists') as string,
    });

    const foreign = await thrown(
      associateEndpoint(consumer, { domainNameArn: partners.arn, vpcEndpointId: OUTSIDER['us-east-1'].vpceId }),
    );
    expect(foreign).toMatchObject({
      field: 'vpcEndpointId',
      message: `${OUTSIDER['us-east-1'].vpceId} is not an execute-api interface endpoint of account ${CONSUMER.account} in us-east-1.`,
    });
  });

  it('words AWS refusals: already associated, another Region, and a domain never shared', async () => {
    expect(
      await thrown(associateEndpoint(consumer, { domainNameArn: shared.arn, vpcEndpointId: C.analyticsVpceId })),
    ).toMatchObject({
      field: 'vpcEndpointId',
      message: `${C.analyticsVpceId} is already associated with this domain.`,
    });
    expect(
      await thrown(
        associateEndpoint(consumer, {
          domainNameArn: shared.arn.replace(/us-east-1/g, 'eu-west-1'),
          vpcEndpointId: C.appVpceId,
        }),
      ),
    ).toMatchObject({
      field: 'domainNameArn',
      message: expect.stringContaining('This domain is in eu-west-1') as string,
    });
    const notShared = await thrown(
      associateEndpoint(outsider, { domainNameArn: shared.arn, vpcEndpointId: OUTSIDER['us-east-1'].vpceId }),
    );
    expect(notShared).toBeInstanceOf(ActionFailure);
    expect((notShared as ActionFailure).error).toMatchObject({
      kind: 'forbidden',
      title: 'This domain is not shared with this account',
    });
  });

  it('turns on the VPC DNS attributes the private hosted zone needs', async () => {
    const before = await panel(shared.arn);
    const analytics = before.associations.ok
      ? before.associations.data.find((a) => a.vpceId === C.analyticsVpceId)
      : undefined;
    expect(analytics?.dns?.ok && analytics.dns.data.check.vpcAttributesOff).toEqual(['enableDnsHostnames']);

    await turnOnVpcDns(consumer, C.analyticsVpc.id);
    invalidateReads();
    await expect(getVpcDnsAttributes(consumer, C.analyticsVpc.id)).resolves.toMatchObject({
      enableDnsSupport: true,
      enableDnsHostnames: true,
    });
  });

  it('leaves: deletes the association and the alias record it used, and the panel starts over', async () => {
    const view = await panel(partners.arn);
    const association = view.associations.ok ? view.associations.data[0] : undefined;
    if (!association) throw new Error('no association');
    await expect(
      leaveDomain(consumer, {
        domainNameArn: partners.arn,
        associationArn: association.associationArn,
        deleteDnsRecords: true,
      }),
    ).resolves.toEqual({ associationArn: association.associationArn, deletedRecords: 1, endpointGone: false });
    expect(statuses(await panel(partners.arn))).toMatchObject({ access: 'done', associate: 'todo', dns: 'blocked' });
    expect(
      await thrown(
        leaveDomain(consumer, {
          domainNameArn: partners.arn,
          associationArn: association.associationArn,
          deleteDnsRecords: false,
        }),
      ),
    ).toMatchObject({ field: 'associationArn' });
  });

  it('leaves even when a record cannot be deleted: the association is gone, the record left is reported', async () => {
    await associateEndpoint(consumer, { domainNameArn: partners.arn, vpcEndpointId: C.appVpceId });
    const before = await panel(partners.arn);
    const association = before.associations.ok ? before.associations.data[0] : undefined;
    const zone = association?.dns?.ok ? association.dns.data.check.effectiveZone : undefined;
    if (!association || !zone) throw new Error('no association or zone');
    await writeDnsRecord(consumer, { domainNameArn: partners.arn, vpcEndpointId: C.appVpceId, hostedZone: zone.id });

    await setFaults('error-rate=1,ops=ChangeResourceRecordSets');
    try {
      const left = await leaveDomain(consumer, {
        domainNameArn: partners.arn,
        associationArn: association.associationArn,
        deleteDnsRecords: true,
      });
      expect(left.deletedRecords).toBe(0);
      expect(left.recordsLeft).toMatchObject({
        title: 'Association deleted, DNS record left in place',
        message: expect.stringContaining(`the alias record for ${partners.name} in zone ${zone.name}`) as string,
      });
    } finally {
      await setFaults('');
    }
    expect(statuses(await panel(partners.arn))).toMatchObject({ associate: 'todo' });
  });
});

describe('endpoints the associate step offers (loaded when it opens)', () => {
  // After the path above: both endpoints are associated with the shared domain, none with the partners' one.
  it.each([
    { domain: shared, q: '', rows: [`${C.appVpceId} false`, `${C.analyticsVpceId} false`] },
    { domain: partners, q: '', rows: [`${C.appVpceId} true`, `${C.analyticsVpceId} true`] },
    { domain: partners, q: C.analyticsVpceId, rows: [`${C.analyticsVpceId} true`] },
    { domain: partners, q: 'no-such-endpoint', rows: [] },
  ])('$domain.name, filter "$q": $rows', async ({ domain, q, rows }) => {
    const page = await loadAssociationCandidates(consumer, domain.arn, listQuery({ q }), 50);
    expect(page.items.map((r) => `${r.id} ${String(r.selectable)}`)).toEqual(rows);
    expect(page.total).toBe(2);
  });

  it('embeds in the panel only the endpoint count and the endpoints the export offers', async () => {
    expect((await panel(partners.arn)).endpoints).toEqual({
      ok: true,
      data: { count: 2, exportable: [C.appVpceId, C.analyticsVpceId] },
    });
    expect((await panel(shared.arn)).endpoints).toEqual({ ok: true, data: { count: 2, exportable: [] } });
  });

  it('refuses what is not a domain ARN', async () => {
    await expect(loadAssociationCandidates(consumer, 'not-an-arn', listQuery({}), 50)).rejects.toBeInstanceOf(
      FieldError,
    );
  });
});
