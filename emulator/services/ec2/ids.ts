import { createHash, randomBytes } from 'node:crypto';

/** EC2-style id: prefix + 17 lowercase hex digits (e.g. `vpce-0a1b2c3d4e5f67890`). */
export function newEc2Id(prefix: string): string {
  return `${prefix}-0${randomBytes(8).toString('hex')}`;
}

/** Deterministic lowercase base-36 label derived from a seed string (demo output must be stable). */
export function stableLabel(seed: string, length: number): string {
  const digest = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; out.length < length; i++) out += (digest[i % digest.length] % 36).toString(36);
  return out;
}

/** Deterministic EC2-style id derived from another id (ENIs of an endpoint, default security group of a VPC). */
export function derivedEc2Id(prefix: string, seed: string): string {
  return `${prefix}-0${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
}
