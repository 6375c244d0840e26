import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from './server';
import { issuedCertificate, startTestEmulator } from './testing/harness';
import { parseStateFile } from './core/store';

const run = promisify(execFile);
const AWS_ENV = {
  ...process.env,
  AWS_ACCESS_KEY_ID: '111111111111',
  AWS_SECRET_ACCESS_KEY: 'x',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};
const awsCliAvailable = spawnSync('aws', ['--version']).status === 0;
const boto3Available = spawnSync('python3', ['-c', 'import boto3']).status === 0;

/** boto3 script: private API + domain (with domainNameId), a paginator, and an error code. Prints JSON. */
const BOTO3_SCRIPT = `
import json, os, boto3, botocore.exceptions
kw = dict(endpoint_url=os.environ['EMULATOR_URL'], region_name='us-east-1',
          aws_access_key_id='111111111111', aws_secret_access_key='x')
apigw = boto3.client('apigateway', **kw)
api = apigw.create_rest_api(name='boto-api', endpointConfiguration={'types': ['PRIVATE']})
domain = apigw.create_domain_name(domainName='api.boto.example.com', certificateArn=os.environ['CERT'],
                                  endpointConfiguration={'types': ['PRIVATE']})
got = apigw.get_domain_name(domainName='api.boto.example.com', domainNameId=domain['domainNameId'])
names = [d['domainName'] for page in apigw.get_paginator('get_domain_names').paginate() for d in page['items']]
try:
    apigw.get_rest_api(restApiId='nosuchapi0')
    code = None
except botocore.exceptions.ClientError as e:
    code = e.response['Error']['Code']
print(json.dumps({'apiId': api['id'], 'arn': got['domainNameArn'], 'names': names, 'code': code,
                  'account': boto3.client('sts', **kw).get_caller_identity()['Account']}))
`;

/** `npm run emulator` as a child process; resolves with its URL once it prints the listening line. */
function spawnEmulator(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], {
    // No data plane: these tests are about the control plane, and a fresh state directory would mean a fresh CA.
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_SEED: 'none', EMULATOR_DATAPLANE_PORT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
}

describe('the emulator process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-process-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a readable state file when killed with SIGKILL mid-write', async () => {
    const statePath = join(dir, 'state.json');
    const { child, url } = await spawnEmulator({ EMULATOR_STATE: statePath });
    const headers = {
      authorization:
        'AWS4-HMAC-SHA256 Credential=111111111111/20261125/us-east-1/apigateway/aws4_request, SignedHeaders=host, Signature=0',
    };
    let acknowledged = 0;
    const writes = Array.from({ length: 200 }, (_, i) =>
      fetch(`${url}/restapis`, { method: 'POST', headers, body: JSON.stringify({ name: `api-${i}` }) })
        .then((response) => {
          if (response.status === 201) acknowledged += 1;
        })
        .catch(() => undefined),
    );
    await Promise.all(writes.slice(0, 10));
    child.kill('SIGKILL');
    await Promise.all(writes);
    const state = parseStateFile(statePath, readFileSync(statePath, 'utf8'));
    const apis = state.apigateway.byAccount['111111111111']['us-east-1'].restApis;
    // Every acknowledged write was committed before its response was sent.
    expect(acknowledged).toBeGreaterThanOrEqual(10);
    expect(apis.length).toBeGreaterThanOrEqual(acknowledged);
    expect(apis.length).toBeLessThanOrEqual(200);
    const restarted = await startTestEmulator({ statePath });
    await restarted.close();
  });

  it('exits with a clear message on a corrupt state file', async () => {
    const statePath = join(dir, 'corrupt.json');
    writeFileSync(statePath, 'not json');
    await expect(spawnEmulator({ EMULATOR_STATE: statePath })).rejects.toThrow(
      /cannot use state file: .*not valid JSON/,
    );
  });
});

describe.skipIf(!awsCliAvailable)('AWS CLI against the emulator (skipped when `aws` is not on PATH)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  /** The CLI's JSON output; `T` names the members a test reads. */
  const aws = async <T = unknown>(...args: string[]): Promise<T> => {
    const { stdout } = await run('aws', [...args, '--endpoint-url', emulator.url, '--output', 'json'], {
      env: AWS_ENV,
    });
    return (stdout.trim() ? JSON.parse(stdout) : undefined) as T;
  };

  it('creates and reads a private API and a private domain, including ARN path parameters', async () => {
    const api = await aws<{ id: string }>(
      'apigateway',
      'create-rest-api',
      '--name',
      'cli-api',
      '--endpoint-configuration',
      'types=PRIVATE',
    );
    expect(api).toMatchObject({ name: 'cli-api', endpointConfiguration: { types: ['PRIVATE'] } });
    const listed = await aws<{ items: Array<{ id: string }> }>('apigateway', 'get-rest-apis');
    expect(listed.items.map((a) => a.id)).toContain(api.id);

    const cert = await issuedCertificate(emulator, '*.cli.example.com');
    const domain = await aws<{ domainNameId: string; domainNameArn: string }>(
      'apigateway',
      'create-domain-name',
      '--domain-name',
      'api.cli.example.com',
      '--certificate-arn',
      cert,
      '--endpoint-configuration',
      'types=PRIVATE',
      '--security-policy',
      'TLS_1_2',
      '--tags',
      'team=cli',
    );
    const got = await aws<{ domainNameArn: string }>(
      'apigateway',
      'get-domain-name',
      '--domain-name',
      'api.cli.example.com',
      '--domain-name-id',
      domain.domainNameId,
    );
    expect(got.domainNameArn).toBe(domain.domainNameArn);
    const tags = await aws('apigateway', 'get-tags', '--resource-arn', domain.domainNameArn);
    expect(tags).toEqual({ tags: { team: 'cli' } });
    const identity = await aws<{ Account: string }>('sts', 'get-caller-identity');
    expect(identity.Account).toBe('111111111111');
  });

  it('surfaces AWS error codes to the CLI', async () => {
    const failure = await run(
      'aws',
      ['apigateway', 'get-rest-api', '--rest-api-id', 'nosuchapi0', '--endpoint-url', emulator.url],
      {
        env: AWS_ENV,
      },
    ).catch((e: unknown) => e as { stderr: string });
    expect(failure.stderr).toMatch(/NotFoundException.*GetRestApi/);
  });
});

describe.skipIf(!boto3Available)('boto3 against the emulator (skipped when python3 has no boto3)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('drives API Gateway and STS through boto3', async () => {
    const cert = await issuedCertificate(emulator, '*.boto.example.com');
    const { stdout } = await run('python3', ['-c', BOTO3_SCRIPT], {
      env: { ...AWS_ENV, EMULATOR_URL: emulator.url, CERT: cert },
    });
    const result = JSON.parse(stdout) as { arn: string };
    expect(result).toMatchObject({
      names: ['api.boto.example.com'],
      code: 'NotFoundException',
      account: '111111111111',
    });
    expect(result.arn).toMatch(
      /^arn:aws:apigateway:us-east-1:111111111111:\/domainnames\/api\.boto\.example\.com\+[a-z0-9]{10}$/,
    );
  });
});
