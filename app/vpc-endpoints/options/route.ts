import type { NextRequest } from 'next/server';
import { jsonRead } from '@/lib/http/json-read';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { loadEndpointOptions } from '@/lib/services/inventory/vpc-endpoints';

/**
 * `GET /vpc-endpoints/options?q=&page=&exclude=vpce-a,vpce-b`: one page of the account's execute-api endpoints
 * for a form that offers them (filter by id, name, VPC, subnet, DNS name), loaded when the form opens instead of
 * being embedded in every page. Answers `ListPage<EndpointOption>`, or a `ConsoleError` with a fitting status.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  return jsonRead({ operation: 'ec2:DescribeVpcEndpoints' }, (session) =>
    loadEndpointOptions(
      session,
      { ...listQuery(params), exclude: (params.get('exclude') ?? '').split(',').filter(Boolean) },
      OPTIONS_PAGE_SIZE,
    ),
  );
}
