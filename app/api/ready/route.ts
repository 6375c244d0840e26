import { NextResponse } from 'next/server';
import { baseIdentity } from '@/lib/aws/base-identity';
import { toConsoleError } from '@/lib/aws/errors';
import { rendererWarm } from '@/lib/http/renderer-warm-up';

/** GET /api/ready: readiness. The server has finished starting and its own (base) credentials answer STS. */
export async function GET() {
  const headers = { 'cache-control': 'no-store' };
  if (!rendererWarm()) return NextResponse.json({ ok: false, starting: true }, { status: 503, headers });
  try {
    const identity = await baseIdentity();
    return NextResponse.json({ ok: true, account: identity.account }, { headers });
  } catch (error) {
    return NextResponse.json(
      { ok: false, error: toConsoleError(error, { operation: 'sts:GetCallerIdentity' }) },
      { status: 503, headers },
    );
  }
}
