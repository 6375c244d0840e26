import type { NextRequest } from 'next/server';
import { jsonRead } from '@/lib/http/json-read';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { loadShareOptions } from '@/lib/services/inventory/sharing';

/**
 * `GET /sharing/options?q=&page=`: one page of the RAM shares this account owns that a domain can be added to,
 * for the sharing forms, loaded when they open. Answers `ListPage<ShareOption>`, or a `ConsoleError`.
 */
export function GET(request: NextRequest) {
  return jsonRead({ operation: 'ram:GetResourceShares' }, (session) =>
    loadShareOptions(session, listQuery(request.nextUrl.searchParams), OPTIONS_PAGE_SIZE),
  );
}
