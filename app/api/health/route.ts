import { NextResponse } from 'next/server';

/** GET /api/health: liveness. The process answers; no AWS call, so an AWS outage does not restart replicas. */
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}
