import { partitionOf } from '../../aws-metadata/regions';
import { domainExecuteApiArn } from '../../domains/arn';
import { accessModeAllowsVpceHost } from '../checks/api';
import { isConsumer, type CheckContext } from '../checks/context';
import {
  accessAssociation,
  basePathMapping,
  domainDnsRecord,
  domainPolicyAllows,
  domainCertificate,
  domainStatus,
  findMapping,
  isCatchAll,
  mappedApiChecks,
  mappedRequestArn,
  sameNameConflict,
} from '../checks/domain';
import { endpointPolicyAllows } from '../checks/endpoint-policy';
import { iamIdentity } from '../checks/iam';
import { customResolver, onPremResolver, sameRegion, vpcDnsAttributes, vpceUsable } from '../checks/endpoint';
import { vpceHostname } from '../dns';
import { SYMPTOMS } from '../symptoms';
import { buildUrl } from '../url';
import type { InvokeForm, Prerequisite, PrivateDomainInfo, RestApiInfo, VpcEndpointInfo } from '../types';
import { notApplicableReason } from './applicability';
import { clientNeeds, zonalAlternatives } from './client-needs';
import { makeForm, UNKNOWN_VPCE_HOST } from './make';

export interface DomainEndpoints {
  client?: VpcEndpointInfo;
  /** The endpoint the domain's DNS record points to, when it is one of the caller's. */
  viaDns?: VpcEndpointInfo;
}

function common(
  ctx: CheckContext,
  domain: PrivateDomainInfo,
  basePath: string,
  mappedApis: RestApiInfo[] | undefined,
): (Prerequisite | undefined)[] {
  const viaDomainArn = domainExecuteApiArn({
    region: domain.region,
    accountId: domain.ownerAccountId,
    domainName: domain.domainName,
    domainNameId: domain.domainNameId,
  });
  return [
    vpceUsable(ctx.vpce, ctx.situation),
    sameRegion(ctx.vpce, ctx.input.region, domain.region, 'domain'),
    endpointPolicyAllows(ctx, {
      resource: mappedRequestArn(ctx, domain, basePath),
      viaDomainArn,
      shown: `the API behind ${domain.domainName} (or Resource "*" with condition ArnEquals execute-api:viaDomainArn ${viaDomainArn})`,
    }),
    domainStatus(domain),
    accessAssociation(ctx, domain),
    sameNameConflict(ctx, domain),
    domainPolicyAllows(ctx, domain),
    basePathMapping(ctx, domain, basePath),
    ...mappedApiChecks(ctx, domain, basePath, mappedApis),
    iamIdentity(
      ctx,
      `the API mapped at "${isCatchAll(basePath) ? '(none)' : basePath}" (arn:${partitionOf(domain.region)}:execute-api:${domain.region}:${domain.ownerAccountId}:{api-id}/{stage}/{METHOD}/{path})`,
    ),
  ];
}

export function domainForms(
  base: Omit<CheckContext, 'vpce'>,
  domain: PrivateDomainInfo,
  basePath: string,
  mappedApis: RestApiInfo[] | undefined,
  endpoints: DomainEndpoints,
): InvokeForm[] {
  const { input, situation } = base;
  const { request, authorizationType } = input;
  const prefix = isCatchAll(basePath) ? [] : [basePath.replace(/^\/|\/$/g, '')];
  const url = (host: string) => buildUrl(host, prefix, request.path, request.query);
  const notes: string[] = [];
  const mapping = findMapping(domain, basePath);
  if (mapping && !mapping.stage) notes.push('This mapping has no stage: start the path with the stage name.');
  if (isConsumer(domain.ownerAccountId, input)) {
    notes.push(
      "You call the provider's domain from a consumer account: the provider's policies and mappings are not visible here, so checks on them stay unknown until a call succeeds (200) or fails (403).",
    );
  }

  const b1Ctx: CheckContext = { ...base, vpce: endpoints.viaDns ?? endpoints.client };
  const b1 = makeForm({
    id: 'B1',
    url: url(domain.domainName),
    host: domain.domainName,
    vpceId: b1Ctx.vpce?.id,
    prerequisites: [
      domainDnsRecord(b1Ctx, domain),
      vpcDnsAttributes(input.vpcs, situation.vpcId ?? b1Ctx.vpce?.vpcId, 'private hosted zones'),
      onPremResolver(situation, domain.domainName, SYMPTOMS.noDomainRecord),
      customResolver(situation, domain.domainName),
      // Only B1 meets the domain's own certificate; B2's handshake is with AWS's *.vpce.amazonaws.com one.
      domainCertificate(domain),
      ...common(b1Ctx, domain, basePath, mappedApis),
    ],
    needs: clientNeeds(b1Ctx, { url: url(domain.domainName), headers: [], ownerAccountId: domain.ownerAccountId }),
    notApplicableReason: notApplicableReason('B1', situation, authorizationType),
    signingRegion: authorizationType === 'AWS_IAM' ? domain.region : undefined,
    notes,
  });

  const b2Ctx: CheckContext = { ...base, vpce: endpoints.client };
  const vpceHost = (endpoints.client && vpceHostname(endpoints.client)) ?? UNKNOWN_VPCE_HOST;
  const hidden = domain.endpointAccessMode === undefined && isConsumer(domain.ownerAccountId, input);
  const b2Headers = [{ name: 'Host', value: domain.domainName }];
  const b2 = makeForm({
    id: 'B2',
    url: url(vpceHost),
    host: vpceHost,
    headers: b2Headers,
    needs: clientNeeds(b2Ctx, { url: url(vpceHost), headers: b2Headers, ownerAccountId: domain.ownerAccountId }),
    zonalAlternatives: zonalAlternatives(endpoints.client, vpceHost, url),
    vpceId: endpoints.client?.id,
    prerequisites: [
      accessModeAllowsVpceHost(domain.endpointAccessMode, 'domain', false, hidden),
      ...common(b2Ctx, domain, basePath, mappedApis),
    ],
    notApplicableReason: notApplicableReason('B2', situation, authorizationType),
    notes: [...notes],
  });
  return [b1, b2];
}
