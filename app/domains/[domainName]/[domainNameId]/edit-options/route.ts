import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listOwnedShares } from '@/lib/aws/read/sharing';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { jsonRead } from '@/lib/http/json-read';
import type { DomainEditOptions } from '@/lib/domains/edit-options';

/** GET /domains/{name}/{id}/edit-options: what the domain's edit dialogs offer (private APIs, endpoints, shares). */
export function GET() {
  return jsonRead({ operation: 'load the edit form options' }, async (session): Promise<DomainEditOptions> => {
    const [apis, endpoints, shares] = await Promise.all([
      listRestApis(session),
      listExecuteApiEndpoints(session),
      listOwnedShares(session),
    ]);
    return {
      privateApis: apis.filter(isPrivateApi).map((a) => ({ id: a.id, name: a.name })),
      endpoints: endpoints.map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, state: e.state })),
      shares: shares.map((s) => ({ arn: s.arn, name: s.name, status: s.status })),
    };
  });
}
