import 'server-only';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listBasePathMappings, listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { isPrivateApi, listRestApis, listStages } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import {
  endpointChoice,
  ownDomainChoice,
  sharedDomainChoice,
  type ChoiceErrors,
  type InvokeChoices,
} from '@/lib/invoke-ui/choices';
import type { InvokeSelection } from '@/lib/invoke-ui/selection';
import { isPrivateDomain } from '@/lib/model/domains';
import { section } from '@/lib/result';

export interface LoadedChoices {
  choices: InvokeChoices;
  errors: ChoiceErrors;
}

/**
 * What the selection's defaults depend on: the account's execute-api endpoints, the chosen API's stages, the
 * chosen own domain's base paths (a shared domain's mappings are not readable). Each list loads on its own so one
 * failing call leaves the others usable.
 */
export async function loadSelectionChoices(session: Session, selection: InvokeSelection): Promise<LoadedChoices> {
  const choices: InvokeChoices = {};
  const errors: ChoiceErrors = {};
  const endpoints = await section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' });
  if (endpoints.ok) choices.endpoints = endpoints.data.map(endpointChoice);
  else errors.endpoints = endpoints.error;

  const { api, domain, domainId } = selection;
  if (selection.target === 'api' && api) {
    const stages = await section(() => listStages(session, api), {
      operation: 'apigateway:GetStages',
      resource: `/restapis/${api}`,
    });
    if (stages.ok) choices.stages = stages.data.map((s) => s.stageName);
    // An unknown API is the answer's error, worded there.
    else if (stages.error.kind !== 'not-found') errors.stages = stages.error;
  }
  if (selection.target === 'domain' && domain && domainId) {
    const own = await section(() => listOwnDomains(session), { operation: 'apigateway:GetDomainNames' });
    if (own.ok && own.data.some((d) => d.domainName === domain && d.domainNameId === domainId)) {
      const mappings = await section(() => listBasePathMappings(session, domain, domainId), {
        operation: 'apigateway:GetBasePathMappings',
        resource: `${domain} (${domainId})`,
      });
      if (mappings.ok) choices.basePaths = mappings.data;
      else errors.basePaths = mappings.error;
    }
  }
  return { choices, errors };
}

/** Every target the invoke form offers: this account's private APIs, its own and shared private domains. */
export async function loadTargetLists(session: Session): Promise<LoadedChoices> {
  const [apis, own, shared, identity] = await Promise.all([
    section(() => listRestApis(session), { operation: 'apigateway:GetRestApis' }),
    section(() => listOwnDomains(session), { operation: 'apigateway:GetDomainNames' }),
    section(() => listSharedDomains(session), {
      operation: 'apigateway:GetDomainNames',
      resource: 'resourceOwner=OTHER_ACCOUNTS',
    }),
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
  ]);
  const account = identity.ok ? identity.data.account : '';
  const choices: InvokeChoices = {};
  const errors: ChoiceErrors = {};
  if (apis.ok) choices.apis = apis.data.filter(isPrivateApi).map((a) => ({ id: a.id, name: a.name }));
  else errors.apis = apis.error;
  if (!own.ok) errors.domains = own.error;
  else if (!shared.ok) errors.domains = shared.error;
  if (own.ok || shared.ok) {
    choices.domains = [
      ...(own.ok ? own.data.filter(isPrivateDomain).map((d) => ownDomainChoice(d, account)) : []),
      ...(shared.ok ? shared.data.map(sharedDomainChoice) : []),
    ];
  }
  return { choices, errors };
}
