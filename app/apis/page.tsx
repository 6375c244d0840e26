import { getSession } from '@/lib/aws/session';
import { listQuery } from '@/lib/inventory/paging';
import { section } from '@/lib/result';
import { loadApiPage } from '@/lib/services/inventory/apis';
import { ApisList } from '@/components/inventory/apis-list';

/** One page of the account's private REST APIs (`?q=` filters, `?sort=`/`?desc=` sort, `?page=` pages; on the server). */
export default async function ApisPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = listQuery(await searchParams);
  const session = await getSession();
  const apis = await section(() => loadApiPage(session, query), { operation: 'apigateway:GetRestApis' });
  return <ApisList apis={apis} region={session.region} />;
}
