import {
  accessModeAllowsVpceHost,
  aliasReachesItsEndpoint,
  apiIsPrivate,
  apiPolicyAllows,
  apiRequestArn,
  executeApiEndpointEnabled,
  privateDnsOn,
  stageDeployed,
  vpceAssociated,
} from '../checks/api';
import type { CheckContext } from '../checks/context';
import { customResolver, onPremResolver, sameRegion, vpcDnsAttributes, vpceUsable } from '../checks/endpoint';
import { endpointPolicyAllows } from '../checks/endpoint-policy';
import { iamIdentity } from '../checks/iam';
import { awsDnsSuffix, defaultApiHost, vpceAliasApiHost, vpceHostname } from '../dns';
import { SYMPTOMS } from '../symptoms';
import { buildUrl } from '../url';
import type { HeaderSpec, InvokeForm, Prerequisite, RestApiInfo, VpcEndpointInfo } from '../types';
import { notApplicableReason } from './applicability';
import { clientNeeds, zonalAlternatives } from './client-needs';
import { makeForm, UNKNOWN_VPCE_HOST } from './make';

/** Endpoints the API forms go through: A1 uses the VPC's private-DNS endpoint, the others the client's endpoint. */
export interface ApiEndpoints {
  client?: VpcEndpointInfo;
  privateDns?: VpcEndpointInfo;
}

/** Prerequisites every A form shares for the endpoint it goes through. */
function common(ctx: CheckContext, api: RestApiInfo, stage: string): (Prerequisite | undefined)[] {
  const requestArn = apiRequestArn(api, stage, ctx.input.request.method, ctx.input.request.path);
  return [
    apiIsPrivate(api),
    vpceUsable(ctx.vpce, ctx.situation),
    sameRegion(ctx.vpce, ctx.input.region, api.region, 'API'),
    endpointPolicyAllows(ctx, { resource: requestArn, shown: requestArn }),
    stageDeployed(api, stage),
    executeApiEndpointEnabled(api),
    ...apiPolicyAllows(ctx, api, stage, ctx.input.request.path),
    iamIdentity(ctx, requestArn),
  ];
}

export function apiForms(
  base: Omit<CheckContext, 'vpce'>,
  api: RestApiInfo,
  stage: string,
  endpoints: ApiEndpoints,
): InvokeForm[] {
  const { input, situation } = base;
  const { request, authorizationType } = input;
  const signingRegion = authorizationType === 'AWS_IAM' ? api.region : undefined;
  const url = (host: string) => buildUrl(host, [stage], request.path, request.query);
  const withVpce = (vpce: VpcEndpointInfo | undefined): CheckContext => ({ ...base, vpce });
  const clientCtx = withVpce(endpoints.client);
  const vpceHost = (endpoints.client && vpceHostname(endpoints.client)) ?? UNKNOWN_VPCE_HOST;
  const needs = (ctx: CheckContext, host: string, headers: HeaderSpec[] = []) =>
    clientNeeds(ctx, { url: url(host), headers, ownerAccountId: api.accountId });
  const zonal = zonalAlternatives(endpoints.client, vpceHost, url);

  const a1Ctx = withVpce(endpoints.privateDns ?? endpoints.client);
  const a1Host = defaultApiHost(api.id, api.region);
  const a1 = makeForm({
    id: 'A1',
    url: url(a1Host),
    host: a1Host,
    vpceId: a1Ctx.vpce?.id,
    prerequisites: [
      privateDnsOn(endpoints.privateDns),
      vpcDnsAttributes(input.vpcs, situation.vpcId ?? a1Ctx.vpce?.vpcId, 'private DNS'),
      onPremResolver(situation, `*.execute-api.${api.region}.${awsDnsSuffix(api.region)}`, SYMPTOMS.noResolverOnPrem),
      customResolver(situation, `execute-api.${api.region}.${awsDnsSuffix(api.region)}`),
      ...common(a1Ctx, api, stage),
    ],
    needs: needs(a1Ctx, a1Host),
    notApplicableReason: notApplicableReason('A1', situation, authorizationType),
    signingRegion,
    notes: endpoints.privateDns
      ? [`Side effect of private DNS on ${endpoints.privateDns.id}: ${SYMPTOMS.publicApiHijacked}`]
      : [],
  });

  const a2Headers = [{ name: 'Host', value: a1Host }];
  const a2 = makeForm({
    id: 'A2',
    url: url(vpceHost),
    host: vpceHost,
    headers: a2Headers,
    needs: needs(clientCtx, vpceHost, a2Headers),
    zonalAlternatives: zonal,
    vpceId: endpoints.client?.id,
    prerequisites: [
      accessModeAllowsVpceHost(
        api.unreadable ? undefined : api.endpointAccessMode,
        'API',
        false,
        api.unreadable === true,
      ),
      ...common(clientCtx, api, stage),
    ],
    notApplicableReason: notApplicableReason('A2', situation, authorizationType),
  });

  const a3Headers = [{ name: 'x-apigw-api-id', value: api.id }];
  const a3 = makeForm({
    id: 'A3',
    url: url(vpceHost),
    host: vpceHost,
    headers: a3Headers,
    needs: needs(clientCtx, vpceHost, a3Headers),
    zonalAlternatives: zonal,
    vpceId: endpoints.client?.id,
    prerequisites: [
      accessModeAllowsVpceHost(
        api.unreadable ? undefined : api.endpointAccessMode,
        'API',
        true,
        api.unreadable === true,
      ),
      ...common(clientCtx, api, stage),
    ],
    notApplicableReason: notApplicableReason('A3', situation, authorizationType),
    signingRegion,
  });

  const a4Host = vpceAliasApiHost(api.id, endpoints.client?.id ?? 'vpce-unknown', api.region);
  const a4 = makeForm({
    id: 'A4',
    url: url(a4Host),
    host: a4Host,
    vpceId: endpoints.client?.id,
    prerequisites: [
      vpceAssociated(api, endpoints.client, situation.location === 'vpc' && endpoints.privateDns !== undefined),
      situation.location === 'vpc' ? aliasReachesItsEndpoint(endpoints.client, endpoints.privateDns) : undefined,
      ...common(clientCtx, api, stage),
    ],
    needs: needs(clientCtx, a4Host),
    notApplicableReason: notApplicableReason('A4', situation, authorizationType),
    signingRegion,
    notes:
      situation.location === 'on-premises'
        ? [
            "The alias is a public DNS name resolving to the endpoint's private IPs, so it works over Direct Connect/VPN without a resolver.",
          ]
        : [],
  });

  for (const f of [a2, a3])
    f.notes.push(`The ${f.headers[0].name} header is what names the API: ${SYMPTOMS.missingHostHeader}`);
  if (situation.location === 'on-premises') {
    for (const f of [a2, a3])
      f.notes.push(
        'Endpoint names are public DNS records resolving to private IPs: they work over Direct Connect/VPN without a resolver.',
      );
  }
  // Returned in reference order; the engine picks the recommendation.
  return [a1, a2, a3, a4];
}
