import { createAuthorizer } from '../services/apigateway/authorizers';
import { putGatewayResponse } from '../services/apigateway/gatewayResponses';
import { putIntegrationResponse, putMethodResponse } from '../services/apigateway/methodResponses';
import { putIntegration, putMethod } from '../services/apigateway/resources';
import type { StoredRestApi } from '../services/apigateway/state';
import { ensurePath } from './seed-apis';

/** The web shop whose pages call the orders API from browsers (allowed by its CORS answers). */
export const SHOP_ORIGIN = 'https://shop.example.com';

const quoted = (value: string) => `'${value}'`;

/**
 * Methods that need something from the client beyond reaching the API, on the demo's orders API: a Cognito
 * user pool method with a CORS preflight for the shop's pages, an AWS_IAM method, and a Lambda REQUEST
 * authorizer method that also requires an API key. DEFAULT_4XX carries the shop's origin; DEFAULT_5XX does not.
 */
export function seedOrdersMethodAuth(
  api: StoredRestApi,
  account: string,
  region: string,
  ids: (label: string) => string,
) {
  const users = createAuthorizer(
    api,
    {
      name: 'orders-users',
      type: 'COGNITO_USER_POOLS',
      providerARNs: [`arn:aws:cognito-idp:${region}:${account}:userpool/${region}_Sh0pUs3rs`],
      identitySource: 'method.request.header.Authorization',
    },
    ids('authorizer/orders-users'),
  );
  const partners = createAuthorizer(
    api,
    {
      name: 'partner-gateway',
      type: 'REQUEST',
      authorizerUri: `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${account}:function:partner-authorizer/invocations`,
      identitySource: 'method.request.header.X-Partner-Id, method.request.querystring.partner',
    },
    ids('authorizer/partner-gateway'),
  );

  const search = ensurePath(api, '/orders/search');
  const post = putMethod(api, search.id, 'POST', { authorizationType: 'COGNITO_USER_POOLS', authorizerId: users.id });
  putIntegration(api, search.id, 'POST', {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
  });
  putMethodResponse(post, '200', {
    responseParameters: { 'method.response.header.Access-Control-Allow-Origin': true },
  });
  putIntegrationResponse(post, '200', {
    responseParameters: { 'method.response.header.Access-Control-Allow-Origin': quoted(SHOP_ORIGIN) },
  });

  const preflight = putMethod(api, search.id, 'OPTIONS', { authorizationType: 'NONE' });
  putIntegration(api, search.id, 'OPTIONS', {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
  });
  const cors = {
    'method.response.header.Access-Control-Allow-Origin': quoted(SHOP_ORIGIN),
    'method.response.header.Access-Control-Allow-Methods': quoted('POST,OPTIONS'),
    'method.response.header.Access-Control-Allow-Headers': quoted('Content-Type,Authorization'),
  };
  putMethodResponse(preflight, '200', {
    responseParameters: Object.fromEntries(Object.keys(cors).map((k) => [k, true])),
  });
  putIntegrationResponse(preflight, '200', { responseParameters: cors });

  const exportResource = ensurePath(api, '/orders/export');
  putMethod(api, exportResource.id, 'GET', { authorizationType: 'AWS_IAM' });
  putIntegration(api, exportResource.id, 'GET', {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
  });

  const bulk = ensurePath(api, '/orders/bulk');
  putMethod(api, bulk.id, 'POST', { authorizationType: 'CUSTOM', authorizerId: partners.id, apiKeyRequired: true });
  putIntegration(api, bulk.id, 'POST', {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
  });

  putGatewayResponse(api, 'DEFAULT_4XX', {
    responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': quoted(SHOP_ORIGIN) },
  });
}
