import type { NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { decodeParam } from '@/lib/inventory/hrefs';
import { exportConsumerSetup, sharedDomainArn } from '@/lib/services/export/consumer-export';
import { exportResponse, invalidInput } from '@/lib/services/export/respond';

/**
 * GET /domains/{name}/{id}/consumer-export?format=…&vpceId=vpce-…: what this account sets up to use a domain another
 * account shares with it, from one of its VPC endpoints, as code.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ domainName: string; domainNameId: string }> },
): Promise<Response> {
  const { domainName, domainNameId } = await params;
  const search = request.nextUrl.searchParams;
  const vpceId = search.get('vpceId');
  if (!vpceId) return invalidInput('Add ?vpceId= with the VPC endpoint that calls the domain.', 'vpceId');
  const session = await getSession();
  return exportResponse(search.get('format'), async () =>
    exportConsumerSetup(
      session,
      await sharedDomainArn(session, decodeParam(domainName), decodeParam(domainNameId)),
      vpceId,
    ),
  );
}
