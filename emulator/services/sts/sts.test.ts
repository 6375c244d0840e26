import { afterAll, beforeAll, expect, it } from 'vitest';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { RunningEmulator } from '../../server';
import { CONSUMER, clientConfig, startTestEmulator } from '../../testing/harness';

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
    body: 'Action=AssumeRole&Version=2011-06-15',
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
});
