import { randomBytes, randomUUID } from 'node:crypto';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Random string over `alphabet`; rejection sampling keeps the distribution uniform. */
export function randomString(length: number, alphabet: string = LOWER_ALNUM): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < Math.floor(256 / alphabet.length) * alphabet.length) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** API Gateway REST API and resource ids: 10 lowercase alphanumerics (e.g. `a1b2c3d4e5`). */
export const restApiId = (): string => randomString(10);

/** Private custom domain `domainNameId`: 10 lowercase alphanumerics. */
export const domainNameId = (): string => randomString(10);

/** AWS request ids are UUIDs; one per HTTP request. */
export const requestId = (): string => randomUUID();
