import 'server-only';
import { cache } from 'react';
import { paginateGetResources } from '@aws-sdk/client-api-gateway';
import type { ResourceMethods } from '@/lib/model/resource-methods';
import { getClients } from '../clients';
import type { Session } from '../session';
import { PAGE_SIZE } from './serialize';

/** Every resource with its methods' authorization types (one paginated call with `embed=methods`). */
export const listResourceMethods = cache(async (session: Session, restApiId: string): Promise<ResourceMethods[]> => {
  const client = getClients(session).apigateway;
  const out: ResourceMethods[] = [];
  for await (const page of paginateGetResources(
    { client, pageSize: PAGE_SIZE.apigateway },
    { restApiId, embed: ['methods'] },
  )) {
    for (const r of page.items ?? []) {
      const methods = Object.fromEntries(
        Object.entries(r.resourceMethods ?? {}).map(([m, def]) => [m.toUpperCase(), def.authorizationType ?? 'NONE']),
      );
      out.push({ path: r.path ?? '/', methods });
    }
  }
  return out;
});
