import type { NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { decodeParam } from '@/lib/inventory/hrefs';
import { exportExistingDomain } from '@/lib/services/export/domain-export';
import { exportResponse } from '@/lib/services/export/respond';

/** GET /domains/{name}/{id}/export?format=cli|cloudformation|terraform|cdk: an owned private domain as code. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ domainName: string; domainNameId: string }> },
): Promise<Response> {
  const { domainName, domainNameId } = await params;
  const session = await getSession();
  return exportResponse(request.nextUrl.searchParams.get('format'), () =>
    exportExistingDomain(session, decodeParam(domainName), decodeParam(domainNameId)),
  );
}
