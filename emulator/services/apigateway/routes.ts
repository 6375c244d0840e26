import type { Route } from './router';
import { createRestApiHandler, deleteRestApi, getRestApi, getRestApis, updateRestApi } from './restApis';
import {
  createResourceHandler,
  getMethod,
  getResource,
  getResources,
  putIntegrationHandler,
  putMethodHandler,
} from './resources';
import { createDeploymentHandler, getDeployment, getDeployments } from './deployments';
import { createStageHandler, getStage, getStages } from './stages';
import { getExport } from './exports';
import {
  createDomainNameHandler,
  deleteDomainName,
  getDomainName,
  getDomainNames,
  updateDomainName,
} from './domainNames';
import {
  createBasePathMappingHandler,
  deleteBasePathMapping,
  getBasePathMapping,
  getBasePathMappings,
  updateBasePathMapping,
} from './basePathMappings';
import {
  createAccessAssociationHandler,
  deleteAccessAssociation,
  getAccessAssociations,
  rejectAccessAssociation,
} from './accessAssociations';
import { getTags, tagResource, untagResource } from './tags';
import { createAuthorizerHandler, deleteAuthorizer, getAuthorizer, getAuthorizers } from './authorizers';
import {
  getIntegration,
  getIntegrationResponse,
  getMethodResponse,
  putIntegrationResponseHandler,
  putMethodResponseHandler,
} from './methodResponses';
import { getGatewayResponse, getGatewayResponses, putGatewayResponseHandler } from './gatewayResponses';

const API = '/restapis/{restapi_id}';
const METHOD = `${API}/resources/{resource_id}/methods/{http_method}`;
const MAPPINGS = '/domainnames/{domain_name}/basepathmappings';

/** Every implemented API Gateway operation (restJson1, paths from the 2015-07-09 model). */
export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/restapis', operation: 'GetRestApis', handler: getRestApis },
  { method: 'POST', path: '/restapis', operation: 'CreateRestApi', handler: createRestApiHandler },
  { method: 'GET', path: API, operation: 'GetRestApi', handler: getRestApi },
  { method: 'PATCH', path: API, operation: 'UpdateRestApi', handler: updateRestApi },
  { method: 'DELETE', path: API, operation: 'DeleteRestApi', handler: deleteRestApi },
  { method: 'GET', path: `${API}/resources`, operation: 'GetResources', handler: getResources },
  { method: 'GET', path: `${API}/resources/{resource_id}`, operation: 'GetResource', handler: getResource },
  { method: 'POST', path: `${API}/resources/{parent_id}`, operation: 'CreateResource', handler: createResourceHandler },
  { method: 'PUT', path: METHOD, operation: 'PutMethod', handler: putMethodHandler },
  { method: 'GET', path: METHOD, operation: 'GetMethod', handler: getMethod },
  { method: 'PUT', path: `${METHOD}/integration`, operation: 'PutIntegration', handler: putIntegrationHandler },
  { method: 'GET', path: `${METHOD}/integration`, operation: 'GetIntegration', handler: getIntegration },
  {
    method: 'PUT',
    path: `${METHOD}/responses/{status_code}`,
    operation: 'PutMethodResponse',
    handler: putMethodResponseHandler,
  },
  {
    method: 'GET',
    path: `${METHOD}/responses/{status_code}`,
    operation: 'GetMethodResponse',
    handler: getMethodResponse,
  },
  {
    method: 'PUT',
    path: `${METHOD}/integration/responses/{status_code}`,
    operation: 'PutIntegrationResponse',
    handler: putIntegrationResponseHandler,
  },
  {
    method: 'GET',
    path: `${METHOD}/integration/responses/{status_code}`,
    operation: 'GetIntegrationResponse',
    handler: getIntegrationResponse,
  },
  { method: 'GET', path: `${API}/gatewayresponses`, operation: 'GetGatewayResponses', handler: getGatewayResponses },
  {
    method: 'GET',
    path: `${API}/gatewayresponses/{response_type}`,
    operation: 'GetGatewayResponse',
    handler: getGatewayResponse,
  },
  {
    method: 'PUT',
    path: `${API}/gatewayresponses/{response_type}`,
    operation: 'PutGatewayResponse',
    handler: putGatewayResponseHandler,
  },
  { method: 'GET', path: `${API}/authorizers`, operation: 'GetAuthorizers', handler: getAuthorizers },
  { method: 'POST', path: `${API}/authorizers`, operation: 'CreateAuthorizer', handler: createAuthorizerHandler },
  {
    method: 'GET',
    path: `${API}/authorizers/{authorizer_id}`,
    operation: 'GetAuthorizer',
    handler: getAuthorizer,
  },
  {
    method: 'DELETE',
    path: `${API}/authorizers/{authorizer_id}`,
    operation: 'DeleteAuthorizer',
    handler: deleteAuthorizer,
  },
  { method: 'GET', path: `${API}/deployments`, operation: 'GetDeployments', handler: getDeployments },
  { method: 'POST', path: `${API}/deployments`, operation: 'CreateDeployment', handler: createDeploymentHandler },
  { method: 'GET', path: `${API}/deployments/{deployment_id}`, operation: 'GetDeployment', handler: getDeployment },
  { method: 'GET', path: `${API}/stages`, operation: 'GetStages', handler: getStages },
  { method: 'POST', path: `${API}/stages`, operation: 'CreateStage', handler: createStageHandler },
  { method: 'GET', path: `${API}/stages/{stage_name}`, operation: 'GetStage', handler: getStage },
  {
    method: 'GET',
    path: `${API}/stages/{stage_name}/exports/{export_type}`,
    operation: 'GetExport',
    handler: getExport,
  },
  { method: 'GET', path: '/domainnames', operation: 'GetDomainNames', handler: getDomainNames },
  { method: 'POST', path: '/domainnames', operation: 'CreateDomainName', handler: createDomainNameHandler },
  { method: 'GET', path: '/domainnames/{domain_name}', operation: 'GetDomainName', handler: getDomainName },
  { method: 'PATCH', path: '/domainnames/{domain_name}', operation: 'UpdateDomainName', handler: updateDomainName },
  { method: 'DELETE', path: '/domainnames/{domain_name}', operation: 'DeleteDomainName', handler: deleteDomainName },
  { method: 'GET', path: MAPPINGS, operation: 'GetBasePathMappings', handler: getBasePathMappings },
  { method: 'POST', path: MAPPINGS, operation: 'CreateBasePathMapping', handler: createBasePathMappingHandler },
  { method: 'GET', path: `${MAPPINGS}/{base_path}`, operation: 'GetBasePathMapping', handler: getBasePathMapping },
  {
    method: 'PATCH',
    path: `${MAPPINGS}/{base_path}`,
    operation: 'UpdateBasePathMapping',
    handler: updateBasePathMapping,
  },
  {
    method: 'DELETE',
    path: `${MAPPINGS}/{base_path}`,
    operation: 'DeleteBasePathMapping',
    handler: deleteBasePathMapping,
  },
  {
    method: 'GET',
    path: '/domainnameaccessassociations',
    operation: 'GetDomainNameAccessAssociations',
    handler: getAccessAssociations,
  },
  {
    method: 'POST',
    path: '/domainnameaccessassociations',
    operation: 'CreateDomainNameAccessAssociation',
    handler: createAccessAssociationHandler,
  },
  {
    method: 'DELETE',
    path: '/domainnameaccessassociations/{domain_name_access_association_arn}',
    operation: 'DeleteDomainNameAccessAssociation',
    handler: deleteAccessAssociation,
  },
  {
    method: 'POST',
    path: '/rejectdomainnameaccessassociations',
    operation: 'RejectDomainNameAccessAssociation',
    handler: rejectAccessAssociation,
  },
  { method: 'GET', path: '/tags/{resource_arn}', operation: 'GetTags', handler: getTags },
  { method: 'PUT', path: '/tags/{resource_arn}', operation: 'TagResource', handler: tagResource },
  { method: 'DELETE', path: '/tags/{resource_arn}', operation: 'UntagResource', handler: untagResource },
];
