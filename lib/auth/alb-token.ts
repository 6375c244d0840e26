import { compactVerify, decodeProtectedHeader, importSPKI, type CryptoKey } from 'jose';
import { groupsFromClaim } from './session-cookie';
import type { ConsoleUser } from '@/lib/model/access';

export interface AlbSettings {
  arn: string;
  region: string;
  publicKeyUrl?: string;
  groupsClaim: string;
}

const keys = new Map<string, Promise<CryptoKey>>();

/** The ALB serves one PEM per key id; keys never change for a kid, so they are cached for the process's life. */
function keyUrl(settings: AlbSettings, kid: string): string {
  const base = settings.publicKeyUrl ?? `https://public-keys.auth.elb.${settings.region}.amazonaws.com`;
  return base.includes('{kid}')
    ? base.replace('{kid}', encodeURIComponent(kid))
    : `${base.replace(/\/$/, '')}/${encodeURIComponent(kid)}`;
}

function publicKey(settings: AlbSettings, kid: string): Promise<CryptoKey> {
  const url = keyUrl(settings, kid);
  let key = keys.get(url);
  if (!key) {
    key = (async () => {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`the ALB key endpoint answered ${res.status} for key ${kid}`);
      return importSPKI((await res.text()).trim(), 'ES256');
    })();
    keys.set(url, key);
    key.catch(() => keys.delete(url));
  }
  return key;
}

export type AlbResult = { ok: true; user: ConsoleUser } | { ok: false; reason: string };

/**
 * Verifies `x-amzn-oidc-data` as the ALB signs it: ES256 with the key named by `kid`, `signer` equal to the
 * configured load balancer, not expired. The ALB pads its base64url segments with `=`, which JOSE libraries reject,
 * so padding is removed first.
 */
export async function verifyAlbToken(raw: string | null, settings: AlbSettings, now = Date.now()): Promise<AlbResult> {
  if (!raw) return { ok: false, reason: 'no x-amzn-oidc-data header' };
  const token = raw
    .trim()
    .split('.')
    .map((s) => s.replace(/=+$/, ''))
    .join('.');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return { ok: false, reason: 'the token is not a JWT' };
  }
  if (header.alg !== 'ES256') return { ok: false, reason: `alg ${String(header.alg)} is not ES256` };
  if (header.signer !== settings.arn) return { ok: false, reason: 'signed by another load balancer' };
  if (typeof header.kid !== 'string') return { ok: false, reason: 'no kid' };
  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(token, await publicKey(settings, header.kid), { algorithms: ['ES256'] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: `signature not verified (${error instanceof Error ? error.message : String(error)})` };
  }
  const exp = typeof header.exp === 'number' ? header.exp : payload.exp;
  if (typeof exp !== 'number' || exp * 1000 <= now) return { ok: false, reason: 'expired' };
  if (typeof payload.sub !== 'string') return { ok: false, reason: 'no sub claim' };
  return {
    ok: true,
    user: {
      sub: payload.sub,
      email: typeof payload.email === 'string' ? payload.email : undefined,
      name: typeof payload.name === 'string' ? payload.name : undefined,
      groups: groupsFromClaim(payload[settings.groupsClaim]),
    },
  };
}
