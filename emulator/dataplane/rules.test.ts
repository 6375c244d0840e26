import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CreateRestApiCommand,
  CreateResourceCommand,
  DeleteDomainNameAccessAssociationCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { EC2Client, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import type { RunningEmulator } from '../server';
import { clientConfig, present } from '../testing/harness';
import { callEndpoint, dataPlaneOf, startDataPlaneEmulator, type CallResult } from './testing/https-call';
import { BASE_PATH, buildScenario, DOMAIN, onlyFromEndpoint, type Scenario } from './testing/scenario';

/**
 * Each data-plane rule, broken on its own in an otherwise working setup (testing/scenario.ts), answers what AWS
 * answers; the same call is 2xx before the break. Real HTTPS requests to the endpoint's loopback address.
 */
let emulator: RunningEmulator;
let s: Scenario;
let dp: Awaited<ReturnType<typeof dataPlaneOf>>;

beforeAll(async () => {
  emulator = await startDataPlaneEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST', body: JSON.stringify({ seed: 'none' }) });
  s = await buildScenario(emulator);
  dp = await dataPlaneOf(emulator);
});

const executeApiHost = () => `${s.apiId}.execute-api.us-east-1.amazonaws.com`;
const vpceName = () => dp.endpoint(s.vpceId).dnsNames[0];

interface Call {
  host?: string;
  sni?: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A1 through the scenario's endpoint unless told otherwise. */
function call(c: Call): Promise<CallResult> {
  return callEndpoint({
    address: dp.endpoint(s.vpceId).address,
    port: dp.port,
    ca: dp.ca,
    host: c.host ?? executeApiHost(),
    sni: c.sni,
    method: c.method,
    path: c.path,
    headers: c.headers,
    body: c.body,
  });
}
const viaDomain = (path: string, c: Omit<Call, 'path' | 'host'> = {}) =>
  call({ ...c, host: DOMAIN, path: `/${BASE_PATH}${path}` });

/** What the client sees, plus the emulator's `x-emulator-rule` naming the link that refused. */
function answer(r: CallResult) {
  return {
    status: r.status,
    errorType: r.headers['x-amzn-errortype'],
    body: JSON.parse(r.body || 'null') as unknown,
    rule: r.headers['x-emulator-rule'],
  };
}
const FORBIDDEN = (rule: string) => ({
  status: 403,
  errorType: 'ForbiddenException',
  body: { message: 'Forbidden' },
  rule,
});
const MISSING_TOKEN = (rule: string) => ({
  status: 403,
  errorType: 'MissingAuthenticationTokenException',
  body: { message: 'Missing Authentication Token' },
  rule,
});
const denied = (rule: string, resource: string, suffix = '') => ({
  status: 403,
  errorType: 'AccessDeniedException',
  rule,
  body: {
    Message: `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${resource}${suffix}`,
  },
});
const apiArn = (path: string, method = 'GET') =>
  `arn:aws:execute-api:us-east-1:********1111:${s.apiId}/prod/${method}${path}`;
const domainArn = () => `arn:aws:execute-api:us-east-1:********1111:/domainnames/${DOMAIN}+${s.domainNameId}`;

const patchApi = (...patchOperations: PatchOperation[]) =>
  s.client.send(new UpdateRestApiCommand({ restApiId: s.apiId, patchOperations }));
const patchDomain = (...patchOperations: PatchOperation[]) =>
  s.client.send(new UpdateDomainNameCommand({ domainName: DOMAIN, domainNameId: s.domainNameId, patchOperations }));
const endpointPolicy = (policy: object) =>
  new EC2Client(clientConfig(emulator)).send(
    new ModifyVpcEndpointCommand({ VpcEndpointId: s.vpceId, PolicyDocument: JSON.stringify(policy) }),
  );

/** GET /prod/iam signed by the SDK's own SigV4 signer. */
async function signedCall(secretAccessKey: string, session: { accessKeyId: string; sessionToken: string }) {
  const signer = new SignatureV4({
    service: 'execute-api',
    region: 'us-east-1',
    sha256: Sha256,
    credentials: { ...session, secretAccessKey },
  });
  const request = await signer.sign({
    method: 'GET',
    protocol: 'https:',
    hostname: executeApiHost(),
    path: '/prod/iam',
    headers: { host: executeApiHost() },
  });
  return call({ path: '/prod/iam', headers: request.headers });
}

describe('the working setup', () => {
  it.each([
    ['A1', () => call({ path: '/prod/echo?q=1', method: 'POST', body: '{"a":1}' }), '/echo'],
    ['A3', () => call({ host: vpceName(), path: '/prod/echo', headers: { 'x-apigw-api-id': s.apiId } }), '/echo'],
    ['B1', () => viaDomain('/echo'), '/echo'],
    ['B2', () => viaDomain('/echo', { sni: vpceName() }), '/echo'],
  ])('%s reaches the integration', async (_form, send, path) => {
    const r = await send();
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ apiId: s.apiId, stage: 'prod', path });
  });
});

describe('rule 1: the host must name a private API or a private domain this endpoint serves', () => {
  it('a REGIONAL API through the endpoint is 403 Forbidden', async () => {
    const regional = await s.client.send(
      new CreateRestApiCommand({ name: 'public', endpointConfiguration: { types: ['REGIONAL'] } }),
    );
    const r = await call({ host: `${present(regional.id, 'id')}.execute-api.us-east-1.amazonaws.com`, path: '/prod/' });
    expect(answer(r)).toEqual(FORBIDDEN('tls'));
  });
  it('an unknown API id, and the endpoint name without x-apigw-api-id, are 403 Forbidden', async () => {
    expect(answer(await call({ host: 'zzzzzzzzzz.execute-api.us-east-1.amazonaws.com', path: '/prod/' }))).toEqual(
      FORBIDDEN('tls'),
    );
    expect(answer(await call({ host: vpceName(), path: '/prod/' }))).toEqual(FORBIDDEN('tls'));
  });
});

describe('rule 2: the {api}-{vpce} alias needs a deployment listing the endpoint in vpcEndpointIds', () => {
  it('is 403 until the association is deployed, then 200 until a deployment without it', async () => {
    const alias = { host: `${s.apiId}-${s.vpceId}.execute-api.us-east-1.amazonaws.com`, path: '/prod/' };
    const endpoint = { op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: s.vpceId } as const;
    expect(answer(await call(alias))).toEqual(FORBIDDEN('dns'));
    await patchApi(endpoint);
    expect(answer(await call(alias))).toEqual(FORBIDDEN('dns'));
    await s.deploy();
    expect((await call(alias)).status).toBe(200);
    await patchApi({ ...endpoint, op: 'remove' });
    expect((await call(alias)).status).toBe(200);
    await s.deploy();
    expect(answer(await call(alias))).toEqual(FORBIDDEN('dns'));
  });
});

describe('rule 3: endpointAccessMode STRICT refuses a Host that is not the TLS server name', () => {
  it('B2 is refused, B1 still works', async () => {
    await patchDomain(
      { op: 'replace', path: '/securityPolicy', value: 'SecurityPolicy_TLS13_1_3_2025_09' },
      { op: 'replace', path: '/endpointAccessMode', value: 'STRICT' },
    );
    expect(answer(await viaDomain('/echo', { sni: vpceName() }))).toEqual(FORBIDDEN('tls'));
    expect((await viaDomain('/echo')).status).toBe(200);
  });
});

describe('TLS: the custom domain presents its ACM certificate while it is valid', () => {
  it('once the certificate has expired B1 fails the handshake; B2 meets the endpoint name certificate', async () => {
    const clock = await fetch(`${emulator.url}/_emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 400 * 24 * 3600 }),
    });
    expect(clock.ok).toBe(true);
    await expect(viaDomain('/echo')).rejects.toThrow();
    expect((await viaDomain('/echo', { sni: vpceName() })).status).toBe(200);
  });
});

describe('rule 4: disableExecuteApiEndpoint', () => {
  it('refuses execute-api host names at once but not the custom domain', async () => {
    await patchApi({ op: 'replace', path: '/disableExecuteApiEndpoint', value: 'true' });
    expect(answer(await call({ path: '/prod/' }))).toEqual(FORBIDDEN('tls'));
    expect((await viaDomain('/')).status).toBe(200);
  });
});

describe('rule 5: the VPC endpoint policy comes first', () => {
  const allow = (resource: string, condition?: object) => ({
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: resource, Condition: condition },
    ],
  });
  it('a policy allowing another API denies this one, naming the endpoint policy', async () => {
    await endpointPolicy(allow('arn:aws:execute-api:us-east-1:111111111111:otherapi00/*'));
    expect(answer(await call({ path: '/prod/' }))).toEqual(
      denied('endpoint-policy', apiArn('/'), ' because no VPC endpoint policy allows the execute-api:Invoke action'),
    );
  });
  it('an explicit deny says so', async () => {
    await endpointPolicy({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' },
      ],
    });
    expect(answer(await viaDomain('/'))).toEqual(
      denied('endpoint-policy', apiArn('/'), ' with an explicit deny in a VPC endpoint policy'),
    );
  });
  it('execute-api:viaDomainArn lets the domain through and nothing else', async () => {
    const via = `arn:aws:execute-api:us-east-1:111111111111:/domainnames/${DOMAIN}+${s.domainNameId}`;
    await endpointPolicy(allow('*', { ArnEquals: { 'execute-api:viaDomainArn': via } }));
    expect((await viaDomain('/')).status).toBe(200);
    expect((await call({ path: '/prod/' })).status).toBe(403);
  });
  it('with a custom policy an invalid signature is refused even on a NONE method', async () => {
    await endpointPolicy(allow('*'));
    const r = await call({
      path: '/prod/',
      headers: {
        authorization:
          'AWS4-HMAC-SHA256 Credential=111111111111/20261202/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
        'x-amz-date': new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
      },
    });
    expect([r.status, r.headers['x-amzn-errortype']]).toEqual([403, 'InvalidSignatureException']);
    const bearer = await call({ path: '/prod/', headers: { authorization: 'Bearer abc' } });
    expect(bearer.status).toBe(200);
  });
});

describe('rule 6: the access association', () => {
  it('without one the domain is 403 Forbidden', async () => {
    await s.client.send(
      new DeleteDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: `arn:aws:apigateway:us-east-1:111111111111:/domainnameaccessassociations/domainname/${DOMAIN}+${s.domainNameId}/vpcesource/${s.vpceId}`,
      }),
    );
    expect(answer(await viaDomain('/'))).toEqual(FORBIDDEN('access-association'));
  });
});

describe('rule 7: the domain policy, in force at once', () => {
  it.each([
    [
      'deny-all',
      { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }] },
      ' with an explicit deny',
    ],
    [
      'another endpoint only',
      JSON.parse(onlyFromEndpoint('vpce-0123456789abcdef0')) as object,
      ' with an explicit deny',
    ],
    [
      'no allow',
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'execute-api:Invoke',
            Resource: 'arn:aws:execute-api:us-east-1:111111111111:/domainnames/other+x',
          },
        ],
      },
      '',
    ],
  ])('%s → AccessDenied on the domain ARN', async (_case, policy, suffix) => {
    await patchDomain({ op: 'replace', path: '/policy', value: JSON.stringify(policy) });
    expect(answer(await viaDomain('/'))).toEqual(denied('domain-policy', domainArn(), suffix));
  });
});

describe('rule 8: the base path mapping', () => {
  it('a domain routing by rules only (not emulated) matches no mapping', async () => {
    await patchDomain({ op: 'replace', path: '/routingMode', value: 'ROUTING_RULE_ONLY' });
    expect(answer(await viaDomain('/'))).toEqual(FORBIDDEN('base-path-mapping'));
  });
  it('an unmapped base path is 403 Forbidden', async () => {
    expect(answer(await call({ host: DOMAIN, path: '/v2/' }))).toEqual(FORBIDDEN('base-path-mapping'));
  });
});

describe('rule 9: stage, deployment and method', () => {
  it('an unknown stage or resource, or an undefined method, is Missing Authentication Token', async () => {
    expect(answer(await call({ path: '/beta/' }))).toEqual(MISSING_TOKEN('stage-deployed'));
    expect(answer(await call({ path: '/prod/nothing' }))).toEqual(MISSING_TOKEN('stage-deployed'));
    expect(answer(await call({ path: '/prod/', method: 'DELETE' }))).toEqual(MISSING_TOKEN('stage-deployed'));
  });
  it('a method added after the deployment is not served until the next one', async () => {
    const r = await s.client.send(
      new CreateResourceCommand({ restApiId: s.apiId, parentId: s.resources['/'], pathPart: 'late' }),
    );
    const target = { restApiId: s.apiId, resourceId: present(r.id, 'id'), httpMethod: 'GET' };
    await s.client.send(new PutMethodCommand({ ...target, authorizationType: 'NONE' }));
    await s.client.send(new PutIntegrationCommand({ ...target, type: 'MOCK' }));
    expect(answer(await call({ path: '/prod/late' }))).toEqual(MISSING_TOKEN('stage-deployed'));
    await s.deploy();
    expect((await call({ path: '/prod/late' })).status).toBe(200);
  });
});

describe('rule 10: AWS_IAM methods verify SigV4', () => {
  const signed = async (secretAccessKey: string, region = 'us-east-1') => {
    const signer = new SignatureV4({
      service: 'execute-api',
      region,
      sha256: Sha256,
      credentials: { accessKeyId: '111111111111', secretAccessKey },
    });
    const request = await signer.sign({
      method: 'GET',
      protocol: 'https:',
      hostname: executeApiHost(),
      path: '/prod/iam',
      query: { a: 'b c' },
      headers: { host: executeApiHost() },
    });
    return call({ path: '/prod/iam?a=b%20c', headers: request.headers });
  };
  it('unsigned → Missing Authentication Token; signed with the emulator secret → 200', async () => {
    expect(answer(await call({ path: '/prod/iam' }))).toEqual(MISSING_TOKEN('method-authorization'));
    expect((await signed('emulator')).status).toBe(200);
  });
  it.each([
    ['a wrong secret', 'wrong', 'us-east-1', 'The request signature we calculated does not match'],
    [
      'another Region in the scope',
      'emulator',
      'eu-west-1',
      "Credential should be scoped to a valid region, not 'eu-west-1'.",
    ],
  ])('%s → 403 InvalidSignatureException', async (_case, secret, region, message) => {
    const r = await signed(secret, region);
    expect([r.status, r.headers['x-amzn-errortype']]).toEqual([403, 'InvalidSignatureException']);
    expect((JSON.parse(r.body) as { message: string }).message).toContain(message);
  });
  it('the resource policy then sees the IAM user, not anonymous', async () => {
    await patchApi({
      op: 'replace',
      path: '/policy',
      value: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111111111111:user/emulator-user' },
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
          },
        ],
      }),
    });
    await s.deploy();
    expect((await signed('emulator')).status).toBe(200);
    expect(answer(await call({ path: '/prod/' }))).toEqual(denied('api-policy', apiArn('/')));
  });
});

describe('rule 10 with AssumeRole sessions', () => {
  it('a session signs with its STS secret and token; a policy naming the role admits it; a forged token is refused', async () => {
    const sts = new STSClient(clientConfig(emulator));
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111111111111:role/caller', RoleSessionName: 'test' }),
    );
    const session = {
      accessKeyId: present(Credentials?.AccessKeyId, 'AccessKeyId'),
      sessionToken: present(Credentials?.SessionToken, 'SessionToken'),
    };
    const secret = present(Credentials?.SecretAccessKey, 'SecretAccessKey');
    await patchApi({
      op: 'replace',
      path: '/policy',
      value: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111111111111:role/caller' },
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
          },
        ],
      }),
    });
    await s.deploy();
    expect((await signedCall(secret, session)).status).toBe(200);
    const forged = await signedCall(secret, { ...session, sessionToken: 'EMULATORforged' });
    expect([forged.status, forged.headers['x-amzn-errortype']]).toEqual([403, 'UnrecognizedClientException']);
  });
});

describe('rule 11: the API resource policy of the deployment', () => {
  it('is in force only once deployed, and names the resource with the account masked', async () => {
    await patchApi({ op: 'replace', path: '/policy', value: onlyFromEndpoint('vpce-0123456789abcdef0') });
    expect((await call({ path: '/prod/echo', method: 'PUT' })).status).toBe(200);
    await s.deploy();
    expect(answer(await call({ path: '/prod/echo', method: 'PUT' }))).toEqual(
      denied('api-policy', apiArn('/echo', 'PUT'), ' with an explicit deny'),
    );
    expect(answer(await viaDomain('/echo'))).toEqual(denied('api-policy', apiArn('/echo'), ' with an explicit deny'));
  });
});

describe('rules 12–14: API key, authorizer identity source, CORS preflight', () => {
  it('apiKeyRequired needs x-api-key', async () => {
    expect(answer(await call({ path: '/prod/keyed' }))).toEqual(FORBIDDEN('method-authorization'));
    expect((await call({ path: '/prod/keyed', headers: { 'x-api-key': 'k' } })).status).toBe(200);
  });
  it('a TOKEN authorizer needs its header: 401 Unauthorized without it', async () => {
    expect(answer(await call({ path: '/prod/authz' }))).toEqual({
      status: 401,
      errorType: 'UnauthorizedException',
      body: { message: 'Unauthorized' },
      rule: 'method-authorization',
    });
    expect((await call({ path: '/prod/authz', headers: { authorization: 'Bearer t' } })).status).toBe(200);
  });
  it("a token its authorizer's identityValidationExpression refuses is 401 too", async () => {
    expect((await call({ path: '/prod/authz', headers: { authorization: 'Bearer 123' } })).status).toBe(401);
  });
  it('OPTIONS is answered by its MOCK method where defined, and is Missing Authentication Token elsewhere', async () => {
    const preflight = { 'access-control-request-method': 'POST', origin: 'https://app.example' };
    const r = await call({ path: '/prod/echo', method: 'OPTIONS', headers: preflight });
    expect([r.status, r.headers['x-emulator-integration']]).toEqual([200, 'MOCK']);
    expect(answer(await call({ path: '/prod/iam', method: 'OPTIONS', headers: preflight }))).toEqual(
      MISSING_TOKEN('stage-deployed'),
    );
  });
});
