import { epochSeconds } from '../../core/clock';
import type {
  EndpointConfiguration,
  StoredAccessAssociation,
  StoredBasePathMapping,
  StoredDeployment,
  StoredDomainName,
  StoredMethod,
  StoredResource,
  StoredRestApi,
  StoredStage,
  Tags,
} from './state';

/** Stored records → restJson1 wire shapes (docs/aws/api-operations.md#api-gateway): timestamps as epoch seconds, absent fields omitted. */

type EpochSeconds = number;

export interface RestApiWire {
  id: string;
  name: string;
  description?: string;
  createdDate: EpochSeconds;
  version?: string;
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
  apiStatus: 'AVAILABLE';
}

export type MethodWire = StoredMethod;

export interface ResourceWire {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  /** Without `embed=methods` each method is `{}`. */
  resourceMethods?: Record<string, MethodWire | Record<string, never>>;
}

export interface DeploymentWire {
  id: string;
  description?: string;
  createdDate: EpochSeconds;
}

export interface StageWire {
  deploymentId: string;
  stageName: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterStatus: 'NOT_AVAILABLE';
  methodSettings: Record<string, never>;
  variables?: Record<string, string>;
  tracingEnabled: boolean;
  tags: Tags;
  createdDate: EpochSeconds;
  lastUpdatedDate: EpochSeconds;
}

export interface DomainNameWire {
  domainName: string;
  domainNameId?: string;
  domainNameArn: string;
  certificateArn?: string;
  certificateUploadDate?: EpochSeconds;
  regionalCertificateArn?: string;
  regionalDomainName?: string;
  regionalHostedZoneId?: string;
  distributionDomainName?: string;
  distributionHostedZoneId?: string;
  endpointConfiguration: EndpointConfiguration;
  domainNameStatus: string;
  securityPolicy: string;
  endpointAccessMode?: string;
  tags: Tags;
  policy?: string;
  managementPolicy?: string;
  routingMode: string;
}

export type SharedDomainNameWire = Pick<DomainNameWire, 'domainName' | 'domainNameId' | 'domainNameArn'>;

export interface BasePathMappingWire {
  basePath: string;
  restApiId: string;
  stage?: string;
}

export interface AccessAssociationWire {
  domainNameAccessAssociationArn: string;
  domainNameArn: string;
  accessAssociationSourceType: string;
  accessAssociationSource: string;
  tags: Tags;
}

export function restApiToWire(api: StoredRestApi): RestApiWire {
  return {
    id: api.id,
    name: api.name,
    description: api.description,
    createdDate: epochSeconds(api.createdDate),
    version: api.version,
    binaryMediaTypes: api.binaryMediaTypes,
    minimumCompressionSize: api.minimumCompressionSize,
    apiKeySource: api.apiKeySource,
    endpointConfiguration: api.endpointConfiguration,
    policy: api.policy,
    tags: api.tags,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    rootResourceId: api.rootResourceId,
    securityPolicy: api.securityPolicy,
    endpointAccessMode: api.endpointAccessMode,
    apiStatus: 'AVAILABLE',
  };
}

export function methodToWire(method: StoredMethod): MethodWire {
  return { ...method };
}

export function resourceToWire(resource: StoredResource, embedMethods: boolean): ResourceWire {
  const methods = Object.entries(resource.resourceMethods);
  return {
    id: resource.id,
    parentId: resource.parentId,
    pathPart: resource.pathPart,
    path: resource.path,
    // Without embed=methods AWS lists the method names with empty bodies.
    resourceMethods:
      methods.length === 0
        ? undefined
        : Object.fromEntries(methods.map(([verb, m]) => [verb, embedMethods ? methodToWire(m) : {}])),
  };
}

export function deploymentToWire(deployment: StoredDeployment): DeploymentWire {
  return { id: deployment.id, description: deployment.description, createdDate: epochSeconds(deployment.createdDate) };
}

export function stageToWire(stage: StoredStage): StageWire {
  return {
    deploymentId: stage.deploymentId,
    stageName: stage.stageName,
    description: stage.description,
    cacheClusterEnabled: stage.cacheClusterEnabled,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: {},
    variables: stage.variables,
    tracingEnabled: stage.tracingEnabled,
    tags: stage.tags,
    createdDate: epochSeconds(stage.createdDate),
    lastUpdatedDate: epochSeconds(stage.lastUpdatedDate),
  };
}

export function domainNameToWire(domain: StoredDomainName, region: string): DomainNameWire {
  const isPrivate = domain.domainNameId !== undefined;
  const isRegional = domain.endpointConfiguration.types.includes('REGIONAL');
  const isEdge = domain.endpointConfiguration.types.includes('EDGE');
  const publicTarget = `d-${hashLabel(domain.domainName)}`;
  return {
    domainName: domain.domainName,
    domainNameId: domain.domainNameId,
    domainNameArn: domain.domainNameArn,
    certificateArn: domain.certificateArn,
    certificateUploadDate: domain.certificateUploadDate ? epochSeconds(domain.certificateUploadDate) : undefined,
    regionalCertificateArn: domain.regionalCertificateArn,
    regionalDomainName: isRegional ? `${publicTarget}.execute-api.${region}.amazonaws.com` : undefined,
    regionalHostedZoneId: isRegional ? 'Z1UJRXOUMOOFQ8' : undefined,
    distributionDomainName: isEdge ? `${publicTarget}.cloudfront.net` : undefined,
    distributionHostedZoneId: isEdge ? 'Z2FDTNDATAQYW2' : undefined,
    endpointConfiguration: domain.endpointConfiguration,
    domainNameStatus: domain.domainNameStatus,
    securityPolicy: domain.securityPolicy,
    endpointAccessMode: domain.endpointAccessMode,
    tags: domain.tags,
    policy: isPrivate ? domain.policy : undefined,
    managementPolicy: isPrivate ? domain.managementPolicy : undefined,
    routingMode: domain.routingMode,
  };
}

/** What another account may see of a domain shared with it (docs/aws/cross-account.md#what-a-consumer-can-see). */
export function sharedDomainNameToWire(domain: StoredDomainName): SharedDomainNameWire {
  return { domainName: domain.domainName, domainNameId: domain.domainNameId, domainNameArn: domain.domainNameArn };
}

export function basePathMappingToWire(mapping: StoredBasePathMapping): BasePathMappingWire {
  return { basePath: mapping.basePath, restApiId: mapping.restApiId, stage: mapping.stage };
}

export function accessAssociationToWire(association: StoredAccessAssociation): AccessAssociationWire {
  return {
    domainNameAccessAssociationArn: association.domainNameAccessAssociationArn,
    domainNameArn: association.domainNameArn,
    accessAssociationSourceType: association.accessAssociationSourceType,
    accessAssociationSource: association.accessAssociationSource,
    tags: association.tags,
  };
}

/** Stable pseudo-random label so public domains get a plausible, unchanging `d-…` target name. */
function hashLabel(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(36).padStart(10, '0');
}
