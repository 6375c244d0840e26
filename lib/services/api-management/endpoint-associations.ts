import 'server-only';
import type { Session } from '@/lib/aws/session';
import { changeVpcEndpointAssociations, readRestApi } from '@/lib/aws/write/rest-apis';
import { FieldError } from '@/lib/errors';

/**
 * Associates and disassociates VPC endpoints for the `{api-id}-{vpce-id}` DNS names, sending only what differs from
 * what the API holds now.
 */
export async function changeEndpointAssociations(
  session: Session,
  restApiId: string,
  wanted: { add: string[]; remove: string[] },
): Promise<{ message: string }> {
  const api = await readRestApi(session, restApiId);
  const current = api.endpointConfiguration?.vpcEndpointIds ?? [];
  const add = wanted.add.filter((id) => !current.includes(id));
  const remove = wanted.remove.filter((id) => current.includes(id));
  if (add.length + remove.length === 0)
    throw new FieldError('add', 'Nothing to change: the endpoints are already in that state.');
  await changeVpcEndpointAssociations(session, restApiId, add, remove);
  const words = [
    add.length ? `associated ${add.join(', ')}` : '',
    remove.length ? `disassociated ${remove.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    message: `${words.charAt(0).toUpperCase()}${words.slice(1)}. Redeploy the stages; the {api-id}-{vpce-id} names take a few minutes to resolve.`,
  };
}
