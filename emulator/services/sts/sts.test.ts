import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIGatewayClient, CreateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { RunningEmulator } from '../../server';
import { advanceClock } from '../ec2/testing';
import { CONSUMER, PROVIDER, clientConfig, startTestEmulator } from '../../testing/harness';

const run = promisify(execFile);
const awsCliAvailable = spawnSync('aws', ['--version']).status === 0;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

it('GetCallerIdentity names the account of the access key', async () => {
  const sts = new STSClient(clientConfig(emulator, { account: CONSUMER }));
  expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({
    Account: CONSUMER,
    Arn: `arn:aws:iam::${CONSUMER}:user/emulator-user`,
    UserId: expect.stringMatching(/^AIDA/) as unknown,
  });
});

it('non-numeric access keys map to account 000000000000', async () => {
  const sts = new STSClient({
    ...clientConfig(emulator),
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' },
  });
  expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('000000000000');
});

it('unknown actions get an awsQuery error', async () => {
  const response = await fetch(emulator.url, {
    method: 'POST',
    headers: {
      authorization:
        'AWS4-HMAC-SHA256 Credential=111111111111/20261125/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'Action=GetFederationToken&Version=2011-06-15',
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
});

describe('AssumeRole', () => {
  const roleArn = `arn:aws:iam::${CONSUMER}:role/console/ConsoleOperator`;

  it('hands out credentials in the role account that GetCallerIdentity reports as the assumed role', async () => {
    const sts = new STSClient(clientConfig(emulator, { account: PROVIDER }));
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'alice@example.com',
        ExternalId: 'platform-team',
        SourceIdentity: 'alice@example.com',
        DurationSeconds: 900,
      }),
    );
    expect(assumed.Credentials?.AccessKeyId).toBe(CONSUMER);
    expect(assumed.SourceIdentity).toBe('alice@example.com');
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${CONSUMER}:assumed-role/ConsoleOperator/alice@example.com`,
    );
    expect(assumed.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 800_000);

    const credentials = {
      accessKeyId: assumed.Credentials?.AccessKeyId ?? '',
      secretAccessKey: assumed.Credentials?.SecretAccessKey ?? '',
      sessionToken: assumed.Credentials?.SessionToken,
    };
    const asRole = new STSClient({ ...clientConfig(emulator), credentials });
    expect(await asRole.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: CONSUMER,
      Arn: `arn:aws:sts::${CONSUMER}:assumed-role/ConsoleOperator/alice@example.com`,
      UserId: expect.stringMatching(/^AROA[0-9A-F]{17}:alice@example\.com$/) as unknown,
    });
    // The session lands in the role's account for every service.
    const created = await new APIGatewayClient({ ...clientConfig(emulator), credentials }).send(
      new CreateRestApiCommand({ name: 'made-by-alice' }),
    );
    expect(emulator.state().apigateway.byAccount[CONSUMER]['us-east-1'].restApis.map((a) => a.id)).toContain(
      created.id,
    );

    const listed = (await (await fetch(`${emulator.url}/_emulator/sts/sessions`)).json()) as {
      sessions: Array<Record<string, string>>;
    };
    expect(listed.sessions.at(-1)).toMatchObject({
      accessKeyId: CONSUMER,
      roleArn,
      roleSessionName: 'alice@example.com',
      sourceIdentity: 'alice@example.com',
      externalId: 'platform-team',
      callerAccount: PROVIDER,
    });
  });

  it('refuses what AWS refuses and expires the session on the emulator clock', async () => {
    const sts = new STSClient(clientConfig(emulator, { account: PROVIDER }));
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123:role/x', RoleSessionName: 'ok-name' })),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok', SourceIdentity: 'aws:me' })),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok', DurationSeconds: 60 })),
    ).rejects.toMatchObject({ name: 'ValidationError' });

    const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'short' }));
    await advanceClock(emulator, 3601);
    const expired = new STSClient({
      ...clientConfig(emulator),
      credentials: {
        accessKeyId: Credentials?.AccessKeyId ?? '',
        secretAccessKey: 'x',
        sessionToken: Credentials?.SessionToken,
      },
    });
    await expect(expired.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken' });
  });

  it('works with the AWS CLI', async ({ skip }) => {
    if (!awsCliAvailable) skip();
    const { stdout } = await run(
      'aws',
      [
        'sts',
        'assume-role',
        '--role-arn',
        roleArn,
        '--role-session-name',
        'cli-session',
        '--source-identity',
        'bob',
        '--endpoint-url',
        emulator.url,
        '--output',
        'json',
      ],
      {
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: PROVIDER,
          AWS_SECRET_ACCESS_KEY: 'x',
          AWS_DEFAULT_REGION: 'us-east-1',
        },
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ SourceIdentity: 'bob', Credentials: { AccessKeyId: CONSUMER } });
  });
});
