import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EC2Client, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import type { Session } from '@/lib/aws/session';
import { accountSession, startDemoEmulator, withOnlyContext } from '@/lib/services/testing/demo-emulator';
import { associationDiagnoseHref, readDiagnoseParams } from '@/lib/diagnose/question';
import { readLink } from '@/lib/invoke-ui/link';
import { DEFAULT_SELECTION, rawFromSearchParams, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { loadDiagnosis } from './diagnosis';

/** The diagnosis against the emulator's demo story, read with each account's own credentials. */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;

let emulator: RunningEmulator;
/** Reads are cached per context: each role and each changed situation gets its own context id. */
const session = (account: string, id: string): Session => accountSession(account, `diagnose-test-${id}`);
const provider = session(PROVIDER.account, 'provider');
const consumer = session(CONSUMER.account, 'consumer');

const apiSelection: InvokeSelection = {
  ...DEFAULT_SELECTION,
  target: 'api',
  api: P.apis.orders.id,
  stage: 'prod',
  vpce: P.vpceId,
  path: '/orders',
};
const domainSelection = (vpce: string): InvokeSelection => ({
  ...DEFAULT_SELECTION,
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce,
  path: '/orders',
});

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

async function diagnose(as: Session, selection: InvokeSelection, form: 'A1' | 'B1') {
  const view = await loadDiagnosis(as, { selection, errors: {}, requestGiven: true }, { form });
  if (!view.diagnosis.ok) throw new Error(view.diagnosis.error.message);
  return view.diagnosis.data;
}

describe('loadDiagnosis', () => {
  it('healthy: the provider calling its own API has no broken or unknown link', async () => {
    const d = await diagnose(provider, apiSelection, 'A1');
    expect(d.broken).toBeUndefined();
    expect(d.unknown).toBeUndefined();
  });

  it('consumer on the shared domain with a provider context too: every link read, nothing unknown', async () => {
    const d = await diagnose(consumer, domainSelection(C.appVpceId), 'B1');
    expect(d.broken).toBeUndefined();
    expect(d.unknown).toBeUndefined();
    expect(d.sides?.map((s) => [s.side, s.accountId, s.contextLabel])).toEqual([
      ['client', CONSUMER.account, 'diagnose-test-consumer'],
      ['provider', PROVIDER.account, 'Provider'],
    ]);
  });

  it("the provider's association list links to the consumer's call, diagnosed with both contexts", async () => {
    const href = associationDiagnoseHref(
      { domainName: shared.name, domainNameId: shared.id },
      { vpceId: C.appVpceId, accountId: CONSUMER.account, own: false },
    );
    const params = Object.fromEntries(new URL(href, 'http://console').searchParams);
    const view = await loadDiagnosis(provider, readLink(rawFromSearchParams(params)), readDiagnoseParams(params));
    if (!view.diagnosis.ok) throw new Error(view.diagnosis.error.message);
    expect(view.invokeHref).toContain('basePath=orders');
    expect(view.diagnosis.data.broken).toBeUndefined();
    expect(view.diagnosis.data.unknown).toBeUndefined();
    expect(view.diagnosis.data.sides?.map((s) => s.contextLabel)).toEqual(['Consumer', 'diagnose-test-provider']);
  });

  it('an association the console created 5 minutes ago (audit trail): too young to carry calls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagnose-audit-'));
    const file = join(dir, 'audit.jsonl');
    const entry = {
      time: new Date(Date.now() - 5 * 60_000).toISOString(),
      user: { sub: 'operator' },
      account: CONSUMER.account,
      action: 'consumer.associate',
      targets: [shared.arn],
      input: { domainNameArn: shared.arn, vpcEndpointId: C.appVpceId },
      outcome: 'ok',
      requestIds: [],
    };
    writeFileSync(file, `${JSON.stringify(entry)}\n`);
    process.env.CONSOLE_AUDIT_FILE = file;
    try {
      const d = await diagnose(session(CONSUMER.account, 'consumer-young'), domainSelection(C.appVpceId), 'B1');
      expect(d.broken?.link.id).toBe('access-association');
      expect(d.broken?.prerequisite.id).toBe('association-age');
      expect(d.broken?.fix).toMatch(/Wait about 10 more minutes/);
    } finally {
      delete process.env.CONSOLE_AUDIT_FILE;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('consumer with no context for the provider: the provider-side links unknown, with what to ask', async () => {
    await withOnlyContext(CONSUMER.account, async () => {
      const d = await diagnose(session(CONSUMER.account, 'consumer-alone'), domainSelection(C.appVpceId), 'B1');
      expect(d.broken).toBeUndefined();
      expect(d.links.find((l) => l.id === 'dns')?.status).toBe('ok');
      expect(d.unknown?.link.id).toBe('access-association');
      expect(d.unknown?.messageForOwner).toContain(C.appVpceId);
      expect(d.links.find((l) => l.id === 'domain-policy')?.status).toBe('unknown');
      expect(d.sides?.find((s) => s.side === 'provider')?.contextLabel).toBeUndefined();
    });
  });

  it('provider with no context for the consumer: the endpoint side unknown with what to ask, its own side read', async () => {
    await withOnlyContext(PROVIDER.account, async () => {
      const view = await loadDiagnosis(
        session(PROVIDER.account, 'provider-alone'),
        { selection: domainSelection(C.appVpceId), errors: {}, requestGiven: true },
        { form: 'B1', clientAccount: CONSUMER.account },
      );
      if (!view.diagnosis.ok) throw new Error(view.diagnosis.error.message);
      const d = view.diagnosis.data;
      expect(view.invokeHref).toContain(`vpce=${C.appVpceId}`);
      expect(d.broken).toBeUndefined();
      expect(Object.fromEntries(d.links.map((l) => [l.id, l.status]))).toMatchObject({
        dns: 'unknown',
        endpoint: 'unknown',
        'endpoint-policy': 'unknown',
        'access-association': 'ok',
        'ram-share': 'unknown',
        'domain-policy': 'ok',
        'base-path-mapping': 'ok',
        'stage-deployed': 'ok',
        'api-policy': 'ok',
      });
      expect(d.unknown?.link.id).toBe('dns');
      // One copyable message asks the consumer everything its side holds.
      expect(d.unknown?.messageForOwner).toContain(`Ask account ${CONSUMER.account} to check`);
      expect(d.unknown?.messageForOwner).toContain(`"Endpoint policy of ${C.appVpceId} allows execute-api:Invoke"`);
      expect(d.unknown?.messageForOwner).toContain('whether it accepted the RAM invitation');
      expect(d.sides?.find((s) => s.side === 'client')?.contextLabel).toBeUndefined();
    });
  });

  it('consumer VPC without the record: DNS is the first broken link', async () => {
    const d = await diagnose(consumer, domainSelection(C.analyticsVpceId), 'B1');
    expect(d.broken?.link.id).toBe('dns');
    expect(d.broken?.answer).toMatch(/NXDOMAIN/);
  });

  it('an endpoint policy that denies breaks the call at the endpoint policy', async () => {
    const ec2 = new EC2Client({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: PROVIDER.account, secretAccessKey: 'test' },
    });
    const deny = { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }] };
    await ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, PolicyDocument: JSON.stringify(deny) }));
    try {
      // A fresh context: reads are cached per context.
      const d = await diagnose(session(PROVIDER.account, 'provider-after-policy'), apiSelection, 'A1');
      expect(d.broken?.link.id).toBe('endpoint-policy');
      expect(d.broken?.fix).toContain(`ModifyVpcEndpoint on ${P.vpceId}`);
    } finally {
      await ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, ResetPolicy: true }));
    }
  });
});
