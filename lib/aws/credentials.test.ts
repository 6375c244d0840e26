import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway, CONSUMER, PROVIDER, REGION, startTestEmulator } from '@/emulator/testing/harness';
import { accountContexts, type AccountContext } from '@/lib/config/contexts';
import type { ConsoleUser } from '@/lib/model/access';
import { getClients } from './clients';

/** A platform team's contexts file with two role ARNs, loaded and assumed the way the running console does it. */

const CONTEXTS_YAML = `contexts:
  - id: payments-prod
    label: Payments production
    roleArn: arn:aws:iam::${PROVIDER}:role/PrivateDomainsConsole
    externalId: platform-team
  - id: partner-sandbox
    label: Partner sandbox
    roleArn: arn:aws:iam::${CONSUMER}:role/ConsoleReadOnly
    regions: [${REGION}]
`;

const ALICE: ConsoleUser = { sub: 'u-1', email: 'alice@example.com', groups: ['platform-operators'] };

let emulator: RunningEmulator;
let dir: string;
let contexts: AccountContext[];
const apiNames: Record<string, string> = { [PROVIDER]: 'lives-in-provider', [CONSUMER]: 'lives-in-consumer' };

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  dir = mkdtempSync(join(tmpdir(), 'contexts-'));
  const file = join(dir, 'contexts.yaml');
  writeFileSync(file, CONTEXTS_YAML);
  process.env.CONSOLE_CONTEXTS_FILE = file;
  for (const [account, name] of Object.entries(apiNames))
    await apiGateway(emulator, { account }).send(new CreateRestApiCommand({ name }));
  contexts = await accountContexts();
});
afterAll(async () => {
  delete process.env.CONSOLE_CONTEXTS_FILE;
  rmSync(dir, { recursive: true, force: true });
  await emulator.close();
});

describe('contexts file with two role ARNs against the emulator', () => {
  it('loads both contexts with the accounts of their roles', () => {
    expect(contexts.map((c) => [c.id, c.accountId, c.roleArn])).toEqual([
      ['payments-prod', PROVIDER, `arn:aws:iam::${PROVIDER}:role/PrivateDomainsConsole`],
      ['partner-sandbox', CONSUMER, `arn:aws:iam::${CONSUMER}:role/ConsoleReadOnly`],
    ]);
  });

  it.each([
    ['payments-prod', PROVIDER, 'PrivateDomainsConsole'],
    ['partner-sandbox', CONSUMER, 'ConsoleReadOnly'],
  ])('%s acts as the assumed role in account %s', async (id, account, role) => {
    const context = contexts.find((c) => c.id === id);
    if (!context) throw new Error(`context ${id} not loaded`);
    const clients = getClients({ context, region: REGION, user: ALICE });

    const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(account);
    expect(identity.Arn).toBe(`arn:aws:sts::${account}:assumed-role/${role}/alice@example.com`);

    const apis = await clients.apigateway.send(new GetRestApisCommand({}));
    expect(apis.items?.map((a) => a.name)).toEqual([apiNames[account]]);
  });

  it('assumes each role once from the base credentials, with the signed-in user as SourceIdentity', async () => {
    const listed = (await (await fetch(`${emulator.url}/_emulator/sts/sessions`)).json()) as {
      sessions: Array<Record<string, string>>;
    };
    expect(listed.sessions).toHaveLength(2);
    expect(listed.sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          accessKeyId: PROVIDER,
          roleArn: `arn:aws:iam::${PROVIDER}:role/PrivateDomainsConsole`,
          roleSessionName: 'alice@example.com',
          sourceIdentity: 'alice@example.com',
          externalId: 'platform-team',
          callerAccount: PROVIDER,
        }),
        expect.objectContaining({
          accessKeyId: CONSUMER,
          roleArn: `arn:aws:iam::${CONSUMER}:role/ConsoleReadOnly`,
          roleSessionName: 'alice@example.com',
          sourceIdentity: 'alice@example.com',
          callerAccount: PROVIDER,
        }),
      ]),
    );
  });
});
