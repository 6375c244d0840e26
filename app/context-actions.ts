'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { accountContexts, availableRegions } from '@/lib/config/contexts';
import { CONTEXT_COOKIE, REGION_COOKIE } from '@/lib/aws/session';

const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge: 60 * 60 * 24 * 30 };

/** Only ids from the configured list are stored, so a cookie can never name an arbitrary profile. */
export async function switchContext(raw: unknown): Promise<{ ok: boolean; message?: string }> {
  const id = z.string().max(200).safeParse(raw);
  const contexts = await accountContexts();
  if (!id.success || !contexts.some((c) => c.id === id.data)) return { ok: false, message: 'Unknown account context' };
  (await cookies()).set(CONTEXT_COOKIE, id.data, cookieOptions);
  return { ok: true };
}

export async function switchRegion(raw: unknown): Promise<{ ok: boolean; message?: string }> {
  const region = z.string().max(40).safeParse(raw);
  if (!region.success || !availableRegions().includes(region.data)) return { ok: false, message: 'Unknown Region' };
  (await cookies()).set(REGION_COOKIE, region.data, cookieOptions);
  return { ok: true };
}
