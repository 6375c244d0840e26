import { NextResponse, type NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { section } from '@/lib/result';
import { loadEndpointPage } from '@/lib/services/inventory/vpc-endpoints';
import { consoleErrorStatus } from '@/lib/inventory/http-status';

/**
 * `GET /vpc-endpoints/options?q=&page=&exclude=vpce-a,vpce-b`: one page (50) of the account's execute-api
 * endpoints for a form that offers them (filter by id, name, VPC, subnet, DNS name), loaded when the form opens
 * instead of being embedded in every page. Answers `EndpointOptions`, or a `ConsoleError` with a fitting status.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const session = await getSession();
  const result = await section(
    () =>
      loadEndpointPage(session, {
        filter: params.get('q') ?? '',
        page: Number(params.get('page') ?? 1) || 1,
        exclude: (params.get('exclude') ?? '').split(',').filter(Boolean),
      }),
    { operation: 'ec2:DescribeVpcEndpoints' },
  );
  if (!result.ok) return NextResponse.json(result.error, { status: consoleErrorStatus(result.error) });
  const { items, vpcs, matching, page, pageCount } = result.data;
  const vpcName = new Map(vpcs.map((v) => [v.id, v.name]));
  return NextResponse.json({
    items: items.map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, vpcName: vpcName.get(e.vpcId) })),
    matching,
    page,
    pageCount,
  });
}
