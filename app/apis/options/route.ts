import type { NextRequest } from 'next/server';
import { jsonRead } from '@/lib/http/json-read';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { loadApiOptions } from '@/lib/services/inventory/apis';

/**
 * `GET /apis/options?q=&page=`: one page of the account's private REST APIs (id and name, by name) for a form
 * that offers them, loaded when the form opens. Answers `ListPage<ApiOption>`, or a `ConsoleError`.
 */
export function GET(request: NextRequest) {
  return jsonRead({ operation: 'apigateway:GetRestApis' }, (session) =>
    loadApiOptions(session, listQuery(request.nextUrl.searchParams), OPTIONS_PAGE_SIZE),
  );
}
