import type { EmulatorState } from '../core/state';
import type { EmulatorResponse } from '../core/types';
import type { Caller } from '../../lib/policies/evaluate';
import { restApiExecuteArn } from '../../lib/policies/arn';
import {
  isPrivateDomain,
  regionState,
  type StoredAuthorizer,
  type StoredPrivateDomain,
} from '../services/apigateway/state';
import { domainExecuteApiArn } from '../services/apigateway/policies';
import { accessDenied, forbidden, missingAuthenticationToken, unauthorized } from './answers';
import { findApi, servedApi, type FoundApi } from './deployments';
import type { DataPlaneEndpoint } from './endpoints';
import { aliasApiHost, parseExecuteApiHost, parseVpceHost } from './hosts';
import { integrationAnswer } from './integration';
import { matchMethod } from './methods';
import { endpointDenyReason, isFullAccess, policyDecision, type DataPlaneCaller } from './policies';
import { identify, type Identity, type SignedRequest } from './sigv4';

export interface DataPlaneRequest extends SignedRequest {
  endpoint: DataPlaneEndpoint;
  /** TLS server name the client sent (undefined without SNI). */
  sni?: string;
}

/**
 * The link of the call a refusal comes from, in the diagnosis's vocabulary (lib/diagnose/walk.ts `LinkId`), sent as
 * `x-emulator-rule` so a test can tell refusals with the same AWS body apart. AWS sends no such header.
 */
export type RefusingRule =
  | 'dns'
  | 'tls'
  | 'endpoint-policy'
  | 'access-association'
  | 'domain-policy'
  | 'base-path-mapping'
  | 'stage-deployed'
  | 'api-policy'
  | 'method-authorization';

function ruled(rule: RefusingRule, response: EmulatorResponse): EmulatorResponse {
  return { ...response, headers: { ...response.headers, 'x-emulator-rule': rule } };
}

/** Thrown by a rule that refuses the request; carries AWS's answer. */
class Refusal extends Error {
  constructor(readonly response: EmulatorResponse) {
    super(`refused with ${response.status}`);
  }
}

const refuse = (response: EmulatorResponse): never => {
  throw new Refusal(response);
};

/**
 * One request that arrived through an execute-api endpoint, decided by the rules AWS applies, in AWS's order
 * (emulator/README.md "Data plane"): host and TLS name (private API, alias, access mode, disableExecuteApiEndpoint),
 * endpoint policy, access association, domain policy, base path mapping, stage and its deployment, method, SigV4 of
 * an AWS_IAM method, API resource policy, API key, authorizer, then the integration. lib/diagnose/walk.ts walks the
 * same links, except that it checks the API policy before the signature (an unsigned call to an AWS_IAM method that
 * the policy also denies is "Missing Authentication Token" here).
 */
export function invoke(state: EmulatorState, now: Date, req: DataPlaneRequest): EmulatorResponse {
  try {
    return route(state, now, req);
  } catch (err) {
    if (err instanceof Refusal) return err.response;
    throw err;
  }
}

function route(state: EmulatorState, now: Date, req: DataPlaneRequest): EmulatorResponse {
  const e = req.endpoint.record;
  const host = (header(req, 'host') ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const executeApi = parseExecuteApiHost(host);
  if (executeApi) {
    if (executeApi.region !== e.region) return ruled('tls', forbidden());
    return invokeExecuteApiHost(state, now, req, host, executeApi.apiId, executeApi.aliasVpce);
  }
  const vpceHost = parseVpceHost(host);
  if (vpceHost) {
    // A2/A3: the endpoint's own name says nothing about the API; `x-apigw-api-id` must (docs/aws/url-forms.md#failure-modes).
    const apiId = header(req, 'x-apigw-api-id');
    if (vpceHost.region !== e.region || !apiId) return ruled('tls', forbidden());
    return invokeExecuteApiHost(state, now, req, host, apiId.toLowerCase(), undefined);
  }
  return invokeDomain(state, now, req, host);
}

/** A1 (`{api}.execute-api…`), A4 (`{api}-{vpce}.execute-api…`), or an endpoint name with `x-apigw-api-id` (A3). */
function invokeExecuteApiHost(
  state: EmulatorState,
  now: Date,
  req: DataPlaneRequest,
  host: string,
  apiId: string,
  aliasVpce: string | undefined,
): EmulatorResponse {
  const e = req.endpoint.record;
  const found = findApi(state, e.region, apiId);
  // An endpoint reaches only private APIs; a public API's default URL through it is 403 (docs/aws/gotchas.md item 1).
  if (!found?.api.endpointConfiguration.types.includes('PRIVATE')) return ruled('tls', forbidden());
  if (aliasVpce !== undefined && (aliasVpce !== e.vpcEndpointId || aliasApiHost(state, apiId, e) !== true)) {
    return ruled('dns', forbidden());
  }
  if (found.api.endpointAccessMode === 'STRICT' && req.sni !== host) return ruled('tls', forbidden());
  if (found.api.disableExecuteApiEndpoint) return ruled('tls', forbidden());
  const [stage, path] = splitStage(req.rawPath);
  checkEndpointPolicy(state, now, req, {
    resource: restApiExecuteArn({ region: e.region, accountId: found.account, apiId, stage, method: req.method, path }),
  });
  return invokeStage(state, now, req, found, stage, path, undefined);
}

interface DomainCall {
  domain: StoredPrivateDomain;
  basePath: string;
}

/** B1 (the custom domain's own name) and B2 (an endpoint name with `Host: {custom-domain}` arrives here too via Host). */
function invokeDomain(state: EmulatorState, now: Date, req: DataPlaneRequest, host: string): EmulatorResponse {
  const e = req.endpoint.record;
  const candidates = privateDomainsNamed(state, e.region, host);
  if (candidates.length === 0) return ruled('tls', forbidden());
  const associations = regionState(state.apigateway, e.ownerId, e.region).accessAssociations.filter(
    (a) => a.accessAssociationSource === e.vpcEndpointId,
  );
  const association = associations.find((a) => candidates.some((d) => d.domainNameArn === a.domainNameArn));
  const domain = candidates.find((d) => d.domainNameArn === association?.domainNameArn) ?? candidates[0];
  const owner = domain.domainNameArn.split(':')[4];
  const viaDomainArn = domainExecuteApiArn(e.region, owner, domain.domainName, domain.domainNameId);

  if (domain.endpointAccessMode === 'STRICT' && req.sni !== host) return ruled('tls', forbidden());

  const segments = req.rawPath.split('/').slice(1);
  const first = decode(segments[0] ?? '');
  // Routing rules (apigatewayv2) are not emulated: a ROUTING_RULE_ONLY domain has no mapping that applies.
  const mappings = domain.routingMode === 'ROUTING_RULE_ONLY' ? [] : domain.basePathMappings;
  const mapping =
    mappings.find((m) => m.basePath !== '(none)' && m.basePath === first) ??
    mappings.find((m) => m.basePath === '(none)');
  const afterBase = mapping && mapping.basePath !== '(none)' ? `/${segments.slice(1).join('/')}` : req.rawPath;
  const mapped = mapping ? findApi(state, e.region, mapping.restApiId) : undefined;
  const [stage, path] = mapping?.stage ? [mapping.stage, afterBase] : splitStage(afterBase);

  const caller = checkEndpointPolicy(state, now, req, {
    resource:
      mapped && mapped.account === owner
        ? restApiExecuteArn({
            region: e.region,
            accountId: owner,
            apiId: mapped.api.id,
            stage,
            method: req.method,
            path,
          })
        : viaDomainArn,
    viaDomainArn,
  });
  // Access association: present and not rejected (docs/aws/resources.md#domain-name-access-association).
  if (!association || association.rejectedDate !== undefined) return ruled('access-association', forbidden());
  const domainCaller = caller ?? headerCaller(state, now, req);
  const domainDecision = policyDecision(domain.policy, {
    resource: viaDomainArn,
    caller: domainCaller,
    sourceVpce: e.vpcEndpointId,
    sourceVpc: e.vpcId,
    scope: {
      kind: 'domain',
      region: e.region,
      accountId: owner,
      domainName: domain.domainName,
      domainNameId: domain.domainNameId,
    },
  });
  if (domainDecision !== 'allow')
    return ruled('domain-policy', accessDenied(userOf(domainCaller), viaDomainArn, domainDecision));
  // A private domain maps only private APIs of its own account (docs/aws/gotchas.md item 15).
  if (!mapping || !mapped || mapped.account !== owner) return ruled('base-path-mapping', forbidden());
  return invokeStage(state, now, req, mapped, stage, path, { domain, basePath: mapping.basePath });
}

/** Stage, method, authorization, API policy, then the integration: the same for every host form. */
function invokeStage(
  state: EmulatorState,
  now: Date,
  req: DataPlaneRequest,
  found: FoundApi,
  stage: string,
  path: string,
  via: DomainCall | undefined,
): EmulatorResponse {
  const e = req.endpoint.record;
  const served = servedApi(found.api, stage);
  if (!served) return ruled('stage-deployed', missingAuthenticationToken());
  const matched = matchMethod(served.resources, path, req.method);
  if (!matched) return ruled('stage-deployed', missingAuthenticationToken());
  const { method } = matched;

  let caller: DataPlaneCaller = { kind: 'anonymous' };
  if (method.authorizationType === 'AWS_IAM') {
    const identity = identify(state, req, e.region, now);
    if (identity.kind === 'refused') return ruled('method-authorization', identity.response);
    if (identity.kind === 'anonymous') return ruled('method-authorization', missingAuthenticationToken());
    caller = identity;
  }
  const resource = restApiExecuteArn({
    region: e.region,
    accountId: found.account,
    apiId: found.api.id,
    stage,
    method: req.method,
    path,
  });
  const decision = policyDecision(served.policy, {
    resource,
    caller,
    sourceVpce: e.vpcEndpointId,
    sourceVpc: e.vpcId,
    scope: { kind: 'rest-api', region: e.region, accountId: found.account, apiId: found.api.id },
  });
  if (decision !== 'allow') return ruled('api-policy', accessDenied(userOf(caller), resource, decision));
  // The emulator has no API keys or usage plans: the key must be sent, any value is accepted (deviation).
  if (method.apiKeyRequired && !header(req, 'x-api-key')) return ruled('method-authorization', forbidden());
  if (method.authorizationType === 'CUSTOM' || method.authorizationType === 'COGNITO_USER_POOLS') {
    const authorizer = served.authorizers.find((a) => a.id === method.authorizerId);
    const sources = (authorizer?.identitySource ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // The authorizer itself is never invoked (no Lambda, no Cognito): a request carrying its identity sources passes.
    if (sources.some((s) => !identitySourcePresent(req, s))) return ruled('method-authorization', unauthorized());
    if (!tokenValid(req, authorizer)) return ruled('method-authorization', unauthorized());
  }

  const url = new URL(`https://x${path}${req.rawQuery ? `?${req.rawQuery}` : ''}`);
  const query: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
  const text = req.body.toString('utf8');
  const isText = Buffer.from(text, 'utf8').equals(req.body);
  return integrationAnswer(method.methodIntegration, {
    method: req.method,
    path,
    resourcePath: matched.resource.path,
    pathParameters: matched.pathParameters,
    query,
    headers: req.headers,
    body: isText ? text : '',
    bodyBase64: isText ? undefined : req.body.toString('base64'),
    apiId: found.api.id,
    stage,
    deploymentId: served.deployment.id,
    endpoint: { vpcEndpointId: e.vpcEndpointId, vpcId: e.vpcId, accountId: e.ownerId, address: req.endpoint.address },
    domain: via && { domainName: via.domain.domainName, domainNameId: via.domain.domainNameId, basePath: via.basePath },
  });
}

/**
 * The endpoint policy, evaluated first (AWS "VPC endpoint policy considerations"). The default full-access policy
 * lets everything through untouched; a custom one evaluates the caller from the Authorization header and refuses an
 * invalid signature. Returns the caller it evaluated (undefined when it did not need one).
 */
function checkEndpointPolicy(
  state: EmulatorState,
  now: Date,
  req: DataPlaneRequest,
  target: { resource: string; viaDomainArn?: string },
): DataPlaneCaller | undefined {
  const e = req.endpoint.record;
  if (isFullAccess(e.policyDocument)) return undefined;
  const identity = identify(state, req, e.region, now);
  if (identity.kind === 'refused') return refuse(ruled('endpoint-policy', identity.response));
  const caller = callerOf(identity);
  const decision = policyDecision(e.policyDocument, {
    resource: target.resource,
    caller,
    sourceVpce: e.vpcEndpointId,
    sourceVpc: e.vpcId,
    viaDomainArn: target.viaDomainArn,
  });
  if (decision !== 'allow')
    refuse(ruled('endpoint-policy', accessDenied(userOf(caller), target.resource, endpointDenyReason(decision))));
  return caller;
}

/** The caller as far as the Authorization header tells, never refusing (an invalid signature counts as anonymous). */
function headerCaller(state: EmulatorState, now: Date, req: DataPlaneRequest): DataPlaneCaller {
  return callerOf(identify(state, req, req.endpoint.record.region, now));
}

function callerOf(identity: Identity): DataPlaneCaller {
  return identity.kind === 'iam'
    ? { kind: 'iam', accountId: identity.accountId, arn: identity.arn, roleArn: identity.roleArn }
    : { kind: 'anonymous' };
}

function userOf(caller: Caller): string {
  return caller.kind === 'iam' ? (caller.arn ?? 'anonymous') : 'anonymous';
}

function privateDomainsNamed(state: EmulatorState, region: string, name: string): StoredPrivateDomain[] {
  return Object.values(state.apigateway.byAccount).flatMap((regions) =>
    (Object.hasOwn(regions, region) ? regions[region].domainNames : []).filter(
      (d): d is StoredPrivateDomain => isPrivateDomain(d) && d.domainName.toLowerCase() === name,
    ),
  );
}

/** `/{stage}/{path…}` → [stage, '/path…'] (path `/` when nothing follows the stage). */
function splitStage(rawPath: string): [string, string] {
  const [, stage = '', ...rest] = rawPath.split('/');
  return [decode(stage), `/${rest.join('/')}`];
}

/**
 * A TOKEN authorizer's `identityValidationExpression` is checked by API Gateway before the Lambda is called
 * (knowledge center "401 errors with a Lambda authorizer").
 */
function tokenValid(req: DataPlaneRequest, authorizer: StoredAuthorizer | undefined): boolean {
  const expression = authorizer?.type === 'TOKEN' ? authorizer.identityValidationExpression : undefined;
  const headerName = /^method\.request\.header\.(.+)$/i.exec(authorizer?.identitySource ?? '')?.[1];
  if (!expression || !headerName) return true;
  try {
    return new RegExp(`^(?:${expression})$`).test(header(req, headerName) ?? '');
  } catch {
    return false;
  }
}

function identitySourcePresent(req: DataPlaneRequest, source: string): boolean {
  const header_ = /^method\.request\.header\.(.+)$/i.exec(source)?.[1];
  if (header_) return Boolean(header(req, header_));
  const query = /^method\.request\.querystring\.(.+)$/i.exec(source)?.[1];
  if (query) return new URLSearchParams(req.rawQuery).has(query);
  // Context and stage-variable sources are always available to the authorizer.
  return true;
}

function header(req: DataPlaneRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
