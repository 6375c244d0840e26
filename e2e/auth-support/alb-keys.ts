import { createServer, type Server } from 'node:http';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { freePort } from '../ports';

export const ALB_ARN = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/console/50dc6c495c0c9188';
const KID = 'alb-test-key';

export interface AlbKeys {
  keyUrl: string;
  token: (
    claims: { sub: string; email: string; groups: string[] },
    options?: { expIn?: number; signer?: string },
  ) => Promise<string>;
  stop: () => Promise<void>;
}

/** Serves a test public key the way the ALB's key endpoint does (PEM by kid) and signs tokens the way the ALB does. */
export async function startAlbKeys(): Promise<AlbKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const pem = await exportSPKI(publicKey);
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    if (req.url === `/${KID}`) res.end(pem);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const key: CryptoKey = privateKey;
  return {
    keyUrl: `http://127.0.0.1:${port}`,
    token: async (claims, options = {}) => {
      const exp = Math.floor(Date.now() / 1000) + (options.expIn ?? 120);
      const jwt = await new SignJWT({ ...claims, exp, iss: 'https://idp.example.com' })
        .setProtectedHeader({
          alg: 'ES256',
          kid: KID,
          signer: options.signer ?? ALB_ARN,
          iss: 'https://idp.example.com',
          client: 'console',
          exp,
          typ: 'JWT',
        })
        .sign(key);
      // The ALB pads each base64url segment with '='.
      return jwt
        .split('.')
        .map((s) => s + '='.repeat((4 - (s.length % 4)) % 4))
        .join('.');
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The same claims with alg "none" and no signature. */
export function unsigned(token: string): string {
  const [header, payload] = token.split('.').map((s) => s.replace(/=+$/, ''));
  const decoded = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
  return `${Buffer.from(JSON.stringify({ ...decoded, alg: 'none' })).toString('base64url')}.${payload}.`;
}
