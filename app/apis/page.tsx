import { getSession } from '@/lib/aws/session';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { section } from '@/lib/result';
import { ApisList } from '@/components/inventory/apis-list';

export default async function ApisPage() {
  const session = await getSession();
  const apis = await section(async () => (await listRestApis(session)).filter(isPrivateApi), {
    operation: 'apigateway:GetRestApis',
  });
  return <ApisList apis={apis} region={session.region} />;
}
