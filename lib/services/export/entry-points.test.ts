import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import { createDomainSchema } from '@/lib/domains/create-domain-schema';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { EXPORT_FORMATS, renderExport, type ExportModel } from '@/lib/export';
import { cloudFormationProblems } from '@/lib/export/checks/cloudformation-spec';
import { terraformProblems } from '@/lib/export/checks/terraform-docs';
import { exportConsumerSetup, sharedDomainArn } from './consumer-export';
import { exportExistingDomain } from './domain-export';
import { exportCreatePlan } from './plan-export';

/**
 * The three entry points read the emulator's demo story, and what they export passes each format's check: the
 * domain page (provider), the wizard's plan (provider) and the "Use this domain" panel (consumer).
 */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;
let emulator: RunningEmulator;
const models: Record<string, ExportModel> = {};

const session = accountSession;

beforeAll(async () => {
  emulator = await startDemoEmulator();
  const provider = session(PROVIDER.account, 'export-entry-provider');
  const consumer = session(CONSUMER.account, 'export-entry-consumer');
  models.domain = await exportExistingDomain(provider, shared.name, shared.id);
  models.plan = await exportCreatePlan(
    provider,
    createDomainSchema.parse({
      creationToken: crypto.randomUUID(),
      domainName: 'billing.internal.example.com',
      certificateArn: P.certificates.wildcardRsa,
      securityPolicy: 'TLS_1_2',
      access: { mode: 'generated', vpceIds: [P.vpceId], vpcIds: [], policyText: '' },
      mappings: [{ basePath: 'orders', restApiId: P.apis.orders.id, stage: 'prod' }],
      updateApiPolicies: true,
      redeployStages: true,
      sharing: { mode: 'management-policy', principals: [CONSUMER.account], shareName: '', existingShareArn: '' },
    }),
  );
  models.consumer = await exportConsumerSetup(
    consumer,
    await sharedDomainArn(consumer, shared.name, shared.id),
    C.appVpceId,
  );
});
afterAll(async () => {
  await emulator.close();
});

describe('export entry points on the demo story', () => {
  it('reads the shared domain as it is: its mappings, RAM share and the consumer association it may reject', () => {
    const m = models.domain;
    if (m.kind !== 'provider') throw new Error('not a provider export');
    expect(m.mappings.map((x) => x.basePath).sort()).toEqual(['orders', 'payments']);
    expect(m.sharing).toMatchObject({ kind: 'ram-new', principals: [CONSUMER.account] });
    expect(m.ownAssociations).toEqual([P.vpceId]);
    expect(m.otherAssociations.map((a) => a.vpceId)).toContain(C.appVpceId);
  });

  it("reads the consumer's association, zone and alias records", () => {
    const m = models.consumer;
    if (m.kind !== 'consumer') throw new Error('not a consumer export');
    expect(m.endpoint.vpceId).toBe(C.appVpceId);
    expect(m.zone.kind).toBe('existing');
    expect(m.records.map((r) => r.type)).toContain('A');
    expect(m.notes).toEqual([]);
  });

  it.each(['domain', 'plan', 'consumer'])(
    'the %s export passes the CloudFormation, Terraform and bash checks',
    async (name) => {
      const model = models[name];
      for (const format of EXPORT_FORMATS) expect(renderExport(model, format).text.length).toBeGreaterThan(0);
      expect(cloudFormationProblems(parseYaml(renderExport(model, 'cloudformation').text))).toEqual([]);
      expect(await terraformProblems(renderExport(model, 'terraform').text)).toEqual([]);
      execFileSync('bash', ['-n'], { input: renderExport(model, 'cli').text });
    },
  );

  it('refuses an endpoint of another account with a worded field error', async () => {
    const consumer = session(CONSUMER.account, 'export-entry-consumer');
    await expect(
      exportConsumerSetup(consumer, await sharedDomainArn(consumer, shared.name, shared.id), P.vpceId),
    ).rejects.toThrow(/is not an execute-api interface endpoint of account 222222222222/);
  });
});
