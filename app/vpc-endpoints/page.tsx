import { getSession } from '@/lib/aws/session';
import { section } from '@/lib/result';
import { loadEndpointPage } from '@/lib/services/inventory/vpc-endpoints';
import { VpcEndpointsList } from '@/components/inventory/vpc-endpoints-list';

/** One page of the account's execute-api endpoints (`?q=` filters, `?page=` pages; both on the server). */
export default async function VpcEndpointsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q, page } = await searchParams;
  const filter = typeof q === 'string' ? q : '';
  const session = await getSession();
  const endpoints = await section(
    () => loadEndpointPage(session, { filter, page: Number(typeof page === 'string' ? page : 1) || 1 }),
    { operation: 'ec2:DescribeVpcEndpoints' },
  );
  return <VpcEndpointsList endpoints={endpoints} filter={filter} region={session.region} />;
}
