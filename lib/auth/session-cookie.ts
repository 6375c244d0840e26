import { createHash } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { ConsoleUser } from '@/lib/model/access';

export const SESSION_COOKIE = 'console-session';
export const LOGIN_COOKIE = 'console-login';

/** A 256-bit key for A256GCM, derived so any length of secret works and every replica derives the same one. */
function keyFor(secret: string, purpose: string): Uint8Array {
  return createHash('sha256').update(`private-domains-console:${purpose}:${secret}`).digest();
}

/** Sealed with JWE (dir + A256GCM): the browser can neither read nor alter it, and no server-side store is needed. */
export async function seal(payload: Record<string, unknown>, secret: string, purpose: string, seconds: number) {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + Math.round(seconds))
    .encrypt(keyFor(secret, purpose));
}

/** The payload, or undefined when the value is missing, tampered with, sealed with another key or expired. */
export async function unseal(
  value: string | undefined,
  secret: string,
  purpose: string,
): Promise<Record<string, unknown> | undefined> {
  if (!value) return undefined;
  try {
    const { payload } = await jwtDecrypt(value, keyFor(secret, purpose));
    return payload;
  } catch {
    return undefined;
  }
}

export function userOf(payload: Record<string, unknown> | undefined): ConsoleUser | undefined {
  if (!payload || typeof payload.sub !== 'string') return undefined;
  return {
    sub: payload.sub,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    name: typeof payload.name === 'string' ? payload.name : undefined,
    groups: Array.isArray(payload.groups) ? payload.groups.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** Groups from a claim that providers send as an array, a single string or a space/comma separated list. */
export function groupsFromClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
