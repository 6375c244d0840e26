import { NextResponse } from 'next/server';
import { baseIdentity } from '@/lib/aws/base-identity';
import { toConsoleError } from '@/lib/aws/errors';

/** GET /api/ready: readiness. The console's own (base) credentials answer STS GetCallerIdentity. */
export async function GET() {
  try {
    const identity = await baseIdentity();
    return NextResponse.json({ ok: true, account: identity.account }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return NextResponse.json(
      { ok: false, error: toConsoleError(error, { operation: 'sts:GetCallerIdentity' }) },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
}
