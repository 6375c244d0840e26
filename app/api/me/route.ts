import { NextResponse } from 'next/server';
import { currentAccess } from '@/lib/auth/current-access';

/** GET /api/me: who the console thinks the caller is and what they may do in the current context. */
export async function GET() {
  const access = await currentAccess();
  return NextResponse.json({ ok: true, data: access });
}
