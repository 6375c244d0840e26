import { apiHref } from '@/lib/inventory/hrefs';

/** What the forms of the console load when they open (plain data from the route handlers). */

export interface EndpointOption {
  id: string;
  name?: string;
  vpcId: string;
  vpcName?: string;
  state: string;
  privateDnsEnabled: boolean;
}

/** A RAM resource share as the sharing forms offer it. */
export interface ShareOption {
  arn: string;
  name: string;
  status: string;
}

/** The route handlers that serve them. */
export const formReads = {
  apiStages: (restApiId: string) => `${apiHref(restApiId)}/stages`,
  createReview: '/domains/new/review',
  /** Paged and filtered (`?q=&page=`, answering a `ListPage`), for accounts with thousands of them. */
  endpointOptions: ({ exclude = [], only = [] }: { exclude?: string[]; only?: string[] } = {}) => {
    const params = new URLSearchParams();
    if (exclude.length) params.set('exclude', exclude.join(','));
    if (only.length) params.set('only', only.join(','));
    const query = params.toString();
    return query ? `/vpc-endpoints/options?${query}` : '/vpc-endpoints/options';
  },
  /** The consumer's associate step for a shared domain (`?q=&page=` added by the step). */
  associationCandidates: (domainArn: string) =>
    `/vpc-endpoints/options/association?${new URLSearchParams({ domainArn }).toString()}`,
  apiOptions: '/apis/options',
  shareOptions: '/sharing/options',
};
