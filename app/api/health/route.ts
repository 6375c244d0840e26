import { NextResponse } from 'next/server';
import { rendererWarm } from '@/lib/http/renderer-warm-up';

/**
 * GET /api/health: liveness. The process answers and has finished starting (its first render done); no AWS call, so
 * an AWS outage does not take replicas out.
 */
export function GET() {
  const headers = { 'cache-control': 'no-store' };
  if (!rendererWarm()) return NextResponse.json({ ok: false, starting: true }, { status: 503, headers });
  return NextResponse.json({ ok: true }, { headers });
}
