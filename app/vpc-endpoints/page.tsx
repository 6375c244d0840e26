import { getSession } from '@/lib/aws/session';
import { listQuery } from '@/lib/inventory/paging';
import { section } from '@/lib/result';
import { loadEndpointPage } from '@/lib/services/inventory/vpc-endpoints';
import { VpcEndpointsList } from '@/components/inventory/vpc-endpoints-list';

/** One page of the account's execute-api endpoints (`?q=` filters, `?sort=`/`?desc=` sort, `?page=` pages; on the server). */
export default async function VpcEndpointsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = listQuery(await searchParams);
  const session = await getSession();
  const endpoints = await section(() => loadEndpointPage(session, query), { operation: 'ec2:DescribeVpcEndpoints' });
  return <VpcEndpointsList endpoints={endpoints} region={session.region} />;
}
