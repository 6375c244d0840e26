import type { NextRequest } from 'next/server';
import { jsonRead } from '@/lib/http/json-read';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { loadEndpointOptions } from '@/lib/services/inventory/vpc-endpoints';

/**
 * `GET /vpc-endpoints/options?q=&page=&exclude=vpce-a,vpce-b&only=…`: one page of the account's execute-api endpoints
 * for a form that offers them (filter by id, name, VPC, subnet, DNS name), loaded when the form opens instead of
 * being embedded in every page; `only=` asks which of some ids are this account's. Answers `ListPage<EndpointOption>`, or a `ConsoleError` with a fitting status.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const ids = (name: string) => params.get(name)?.split(',').filter(Boolean);
  const only = ids('only');
  return jsonRead({ operation: 'ec2:DescribeVpcEndpoints' }, (session) =>
    loadEndpointOptions(
      session,
      { ...listQuery(params), exclude: ids('exclude'), only },
      Math.max(OPTIONS_PAGE_SIZE, only?.length ?? 0),
    ),
  );
}
