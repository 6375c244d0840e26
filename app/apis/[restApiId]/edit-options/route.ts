import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { jsonRead } from '@/lib/http/json-read';
import type { EndpointOption } from '@/lib/domains/edit-options';

/** GET /apis/{id}/edit-options: this account's execute-api endpoints, for the policy generator. */
export function GET() {
  return jsonRead({ operation: 'ec2:DescribeVpcEndpoints' }, async (session): Promise<EndpointOption[]> =>
    (await listExecuteApiEndpoints(session)).map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, state: e.state })),
  );
}
