import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { verifyAlbToken, type AlbSettings } from './alb-token';

const ARN = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/console/50dc6c495c0c9188';
let server: Server;
let settings: AlbSettings;
let key: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  key = pair.privateKey;
  const pem = await exportSPKI(pair.publicKey);
  server = createServer((req, res) => {
    if (req.url === '/test-kid') res.end(pem);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  settings = { arn: ARN, region: 'eu-west-1', publicKeyUrl: `http://127.0.0.1:${port}`, groupsClaim: 'groups' };
});

afterAll(() => server.close());

/** Signs like the ALB: claims in the header too, base64url segments padded with '='. */
async function albToken(options: { signer?: string; expIn?: number; kid?: string; pad?: boolean } = {}) {
  const exp = Math.floor(Date.now() / 1000) + (options.expIn ?? 60);
  const jwt = await new SignJWT({ sub: 'u-1', email: 'ana@example.com', groups: ['ops', 'dev'], exp })
    .setProtectedHeader({
      alg: 'ES256',
      kid: options.kid ?? 'test-kid',
      signer: options.signer ?? ARN,
      exp,
      typ: 'JWT',
    })
    .sign(key);
  if (options.pad === false) return jwt;
  return jwt
    .split('.')
    .map((s) => s + '='.repeat((4 - (s.length % 4)) % 4))
    .join('.');
}

describe('verifyAlbToken', () => {
  it('accepts a padded token signed by the configured ALB', async () => {
    const result = await verifyAlbToken(await albToken(), settings);
    expect(result).toEqual({
      ok: true,
      user: { sub: 'u-1', email: 'ana@example.com', name: undefined, groups: ['ops', 'dev'] },
    });
  });

  it.each([
    ['expired', { expIn: -10 }, /expired/],
    ['another load balancer', { signer: ARN.replace('console', 'other') }, /another load balancer/],
    ['an unknown key id', { kid: 'missing' }, /signature not verified/],
  ])('refuses a token from %s', async (_name, options, reason) => {
    const result = await verifyAlbToken(await albToken(options), settings);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses an unsigned token and a missing header', async () => {
    const [header, payload] = (await albToken({ pad: false })).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), alg: 'none' })).toString('base64url')}.${payload}.`;
    expect((await verifyAlbToken(unsigned, settings)).ok).toBe(false);
    expect((await verifyAlbToken(null, settings)).ok).toBe(false);
  });

  it('refuses a signature that does not match the payload', async () => {
    const [header, , signature] = (await albToken({ pad: false })).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', groups: ['admins'] })).toString('base64url');
    expect((await verifyAlbToken(`${header}.${forged}.${signature}`, settings)).ok).toBe(false);
  });
});
