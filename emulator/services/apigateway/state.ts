/** Persisted API Gateway data. Dates are ISO strings; the wire renders them as epoch seconds. */
export interface ApiGatewayState {
  /** account id → Region → resources of that account in that Region. */
  byAccount: Record<string, Record<string, ApiGatewayRegion>>;
}

export interface ApiGatewayRegion {
  restApis: StoredRestApi[];
  /** Public and private domains; private ones are identified by `domainNameId`, public ones by name. */
  domainNames: StoredDomainName[];
  /** DNAAs live in the account that created them (the VPCE owner / consumer). */
  accessAssociations: StoredAccessAssociation[];
}

export type Tags = Record<string, string>;

export interface EndpointConfiguration {
  types: string[];
  ipAddressType?: string;
  vpcEndpointIds?: string[];
}

export interface StoredRestApi {
  id: string;
  name: string;
  description?: string;
  version?: string;
  createdDate: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource: string;
  endpointConfiguration: EndpointConfiguration;
  policy?: string;
  tags: Tags;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
  securityPolicy?: string;
  endpointAccessMode?: string;
  /** Last change of `policy` or `endpointConfiguration.vpcEndpointIds` (not on the wire; both need a redeploy). */
  policyUpdatedDate: string;
  resources: StoredResource[];
  deployments: StoredDeployment[];
  /** Absent in state files written before authorizers were emulated. */
  authorizers?: StoredAuthorizer[];
  /** Customized gateway responses; absent = none customized. */
  gatewayResponses?: StoredGatewayResponse[];
  stages: StoredStage[];
}

export interface StoredResource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods: Record<string, StoredMethod>;
}

export interface StoredMethod {
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  methodIntegration?: StoredIntegration;
  /** Status code → method response (PutMethodResponse); absent until one is put. */
  methodResponses?: Record<string, StoredMethodResponse>;
}

export interface StoredMethodResponse {
  statusCode: string;
  /** `method.response.header.Name` → required. */
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export interface StoredIntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  /** `method.response.header.Name` → mapping expression (a static value is single-quoted: `'*'`). */
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: string;
}

/** A customized gateway response (PutGatewayResponse); the defaults are generated on read. */
export interface StoredGatewayResponse {
  responseType: string;
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}

/** Stored as sent (unknown members included); the emulator never executes integrations. */
export interface StoredIntegration {
  type: string;
  httpMethod?: string;
  uri?: string;
  passthroughBehavior: string;
  timeoutInMillis: number;
  cacheNamespace: string;
  cacheKeyParameters: string[];
  /** Status code → integration response (PutIntegrationResponse). */
  integrationResponses?: Record<string, StoredIntegrationResponse>;
  [member: string]: unknown;
}

export interface StoredDeployment {
  id: string;
  description?: string;
  createdDate: string;
  /**
   * What the API looked like when deployed (internal, never on the wire): the data plane serves exactly this.
   * `resources` and `authorizers` are absent in deployments made before the data plane existed (then the live API is used).
   */
  snapshot: {
    policy?: string;
    vpcEndpointIds: string[];
    resources?: StoredResource[];
    authorizers?: StoredAuthorizer[];
  };
}

export interface StoredStage {
  stageName: string;
  deploymentId: string;
  description?: string;
  variables?: Record<string, string>;
  tracingEnabled: boolean;
  cacheClusterEnabled: boolean;
  tags: Tags;
  createdDate: string;
  lastUpdatedDate: string;
}

export interface StoredDomainName {
  domainName: string;
  /** Present only on private domains. */
  domainNameId?: string;
  domainNameArn: string;
  certificateArn?: string;
  regionalCertificateArn?: string;
  certificateUploadDate?: string;
  endpointConfiguration: EndpointConfiguration;
  domainNameStatus: string;
  securityPolicy: string;
  endpointAccessMode?: string;
  policy?: string;
  managementPolicy?: string;
  routingMode: string;
  tags: Tags;
  createdDate: string;
  basePathMappings: StoredBasePathMapping[];
}

export interface StoredBasePathMapping {
  /** `(none)` for the empty base path, as on the wire. */
  basePath: string;
  restApiId: string;
  stage?: string;
}

export interface StoredAccessAssociation {
  domainNameAccessAssociationArn: string;
  domainNameArn: string;
  accessAssociationSourceType: string;
  accessAssociationSource: string;
  tags: Tags;
  createdDate: string;
  /** Set when the domain owner rejected it; the association keeps existing until the consumer deletes it. */
  rejectedDate?: string;
}

export function emptyApiGatewayState(): ApiGatewayState {
  return { byAccount: {} };
}

/** The (account, Region) slot, created on first use. */
export function regionState(state: ApiGatewayState, account: string, region: string): ApiGatewayRegion {
  const regions = (state.byAccount[account] ??= {});
  return (regions[region] ??= { restApis: [], domainNames: [], accessAssociations: [] });
}

/** Every (account, region) slot, for cross-account lookups (shared domains, DNAAs on the provider's domains). */
export function* allRegionStates(
  state: ApiGatewayState,
): Generator<{ account: string; region: string; slot: ApiGatewayRegion }> {
  for (const [account, regions] of Object.entries(state.byAccount)) {
    for (const [region, slot] of Object.entries(regions)) yield { account, region, slot };
  }
}

/** A private custom domain: the only kind with a `domainNameId`. */
export type StoredPrivateDomain = StoredDomainName & { domainNameId: string };

export function isPrivateDomain(domain: StoredDomainName): domain is StoredPrivateDomain {
  return domain.domainNameId !== undefined;
}

/** A Lambda (TOKEN, REQUEST) or Cognito user pool authorizer, as CreateAuthorizer takes and GetAuthorizer returns it. */
export interface StoredAuthorizer {
  id: string;
  name: string;
  type: 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  /** TOKEN, COGNITO: `method.request.header.Name`; REQUEST: comma-separated `method.request.header|querystring|…` */
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds: number;
}
