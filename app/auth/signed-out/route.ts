import { NextResponse } from 'next/server';
import { refusalPage } from '@/lib/auth/refusal-page';

/** GET /auth/signed-out: where the identity provider sends the browser after ending its session. */
export function GET() {
  return new NextResponse(
    refusalPage('Signed out', ['You are signed out of the Private Domains Console.'], {
      href: '/auth/signin',
      text: 'Sign in again',
    }),
    { headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}
