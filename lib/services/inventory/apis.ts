import 'server-only';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import type { Session } from '@/lib/aws/session';
import { pageOf } from '@/lib/inventory/paging';
import type { ListPage, ListQuery } from '@/lib/model/paging';
import type { ApiOption, ApiRow, RestApi } from '@/lib/model/rest-apis';

const searchText = (a: RestApi) => [a.id, a.name, a.description, ...a.vpcEndpointIds].filter(Boolean).join(' ');

/** Sort keys of the private API list, by column id; the first is the default. */
const SORT_BY: Record<string, (a: RestApi) => string | number | undefined> = {
  name: (a) => a.name,
  id: (a) => a.id,
  vpce: (a) => a.vpcEndpointIds.length,
  policy: (a) => (a.policy ? 1 : 0),
  status: (a) => a.apiStatus,
  created: (a) => a.createdDate,
  description: (a) => a.description,
};

/**
 * One page of the account's private REST APIs, filtered and sorted on the server: the page's HTML holds the rows
 * shown, not the account. The list is one cached GetRestApis per 500 APIs.
 */
export async function loadApiPage(session: Session, query: ListQuery, pageSize = 20): Promise<ListPage<ApiRow>> {
  const apis = (await listRestApis(session)).filter(isPrivateApi);
  const page = pageOf(apis, query, { searchText, sortBy: SORT_BY, pageSize });
  return {
    ...page,
    items: page.items.map((a) => ({
      id: a.id,
      name: a.name,
      description: a.description,
      createdDate: a.createdDate,
      vpcEndpointIds: a.vpcEndpointIds,
      hasPolicy: Boolean(a.policy),
      apiStatus: a.apiStatus,
    })),
  };
}

/** One page of private APIs as a form offers them (by name), for `GET /apis/options`. */
export async function loadApiOptions(
  session: Session,
  query: ListQuery,
  pageSize: number,
): Promise<ListPage<ApiOption>> {
  const page = await loadApiPage(session, { ...query, sort: 'name' }, pageSize);
  return { ...page, items: page.items.map((a) => ({ id: a.id, name: a.name })) };
}
