import { apiHref, domainHref } from '@/lib/inventory/hrefs';

/** What the edit forms of the domain and API pages load when they open (plain data from the route handlers). */

export interface EndpointOption {
  id: string;
  name?: string;
  vpcId: string;
  vpcName?: string;
  state: string;
}

export interface DomainEditOptions {
  privateApis: { id: string; name: string }[];
  endpoints: EndpointOption[];
  shares: { arn: string; name: string; status: string }[];
}

/** The route handlers that serve them, next to the pages whose forms use them. */
export const formReads = {
  apiStages: (restApiId: string) => `${apiHref(restApiId)}/stages`,
  apiEditOptions: (restApiId: string) => `${apiHref(restApiId)}/edit-options`,
  domainEditOptions: (domain: { domainName: string; domainNameId: string }) =>
    `${domainHref(domain.domainName, domain.domainNameId)}/edit-options`,
  createReview: '/domains/new/review',
  /** Paged and filtered (`?q=&page=`, answering a `ListPage`), for accounts with thousands of them. */
  endpointOptions: (exclude: string[] = []) =>
    exclude.length ? `/vpc-endpoints/options?exclude=${encodeURIComponent(exclude.join(','))}` : '/vpc-endpoints/options',
  apiOptions: '/apis/options',
};
