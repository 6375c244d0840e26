import 'server-only';
import { listBasePathMappings, listOwnDomains } from '@/lib/aws/read/domains';
import { listResourceMethods } from '@/lib/aws/read/resource-methods';
import type { Session } from '@/lib/aws/session';
import { sampleRequest } from '@/lib/invoke-ui/method-match';
import type { HttpMethod, InvokeSelection } from '@/lib/invoke-ui/selection';
import { section } from '@/lib/result';

/** The API behind the target when this account can read it: the API itself, or the one an own domain maps. */
async function readableApi(session: Session, selection: InvokeSelection): Promise<string | undefined> {
  if (selection.target === 'api') return selection.api;
  const { domain, domainId } = selection;
  if (selection.target !== 'domain' || !domain || !domainId) return undefined;
  const own = await section(() => listOwnDomains(session));
  if (!own.ok || !own.data.some((d) => d.domainName === domain && d.domainNameId === domainId)) return undefined;
  const mappings = await section(() => listBasePathMappings(session, domain, domainId));
  if (!mappings.ok) return undefined;
  // Without a mapping stage the path would have to start with a stage name; leave that to the operator.
  return mappings.data.find((m) => m.basePath === (selection.basePath ?? '(none)') && m.stage)?.restApiId;
}

/**
 * A method the target really has, for an answer nobody chose a request for yet; `undefined` when the API behind
 * the target is not readable or has no methods. A failed read only means no sample: the answer reports errors.
 */
export async function loadSampleRequest(
  session: Session,
  selection: InvokeSelection,
): Promise<{ method: HttpMethod; path: string } | undefined> {
  const apiId = await readableApi(session, selection);
  if (!apiId) return undefined;
  const resources = await section(() => listResourceMethods(session, apiId));
  return resources.ok ? sampleRequest(resources.data) : undefined;
}
