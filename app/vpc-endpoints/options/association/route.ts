import type { NextRequest } from 'next/server';
import { jsonRead } from '@/lib/http/json-read';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { loadAssociationCandidates } from '@/lib/services/consumer/domain-panel';

/**
 * `GET /vpc-endpoints/options/association?domainArn=…&q=&page=`: one page of this account's execute-api endpoints as
 * the consumer's associate step offers them for a shared domain (whether each can be associated, and what to know
 * first), loaded when the step opens instead of embedded in the page. Answers `ListPage<EndpointRow>`, or a
 * `ConsoleError` with a fitting status.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  return jsonRead({ operation: 'ec2:DescribeVpcEndpoints' }, (session) =>
    loadAssociationCandidates(session, params.get('domainArn') ?? '', listQuery(params), OPTIONS_PAGE_SIZE),
  );
}
