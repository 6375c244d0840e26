import { getSession } from '@/lib/aws/session';
import { listExecuteApiEndpoints, listVpcs } from '@/lib/aws/read/vpc-endpoints';
import { section } from '@/lib/result';
import { VpcEndpointsList } from '@/components/inventory/vpc-endpoints-list';

export default async function VpcEndpointsPage() {
  const session = await getSession();
  const endpoints = await section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' });
  // VPC names only label the table; without them the ids still show.
  const vpcs = endpoints.ok
    ? await listVpcs(
        session,
        endpoints.data.map((e) => e.vpcId),
      ).catch(() => [])
    : [];
  return <VpcEndpointsList endpoints={endpoints} vpcs={vpcs} region={session.region} />;
}
