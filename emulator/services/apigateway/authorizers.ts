import type { ServiceContext } from '../../core/types';
import { restApiId as newAuthorizerId } from '../../core/ids';
import { jsonResponse } from '../../core/protocols/restJson';
import { badRequest, conflict, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { requireRestApi } from './lookup';
import { paginate } from './pagination';
import type { PathParams } from './router';
import type { StoredAuthorizer, StoredRestApi } from './state';

export const AUTHORIZER_TYPES = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'] as const;
const COGNITO_POOL_ARN = /^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[\w-]+$/;
const LAMBDA_URI = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:lambda:path\/2015-03-31\/functions\/.+\/invocations$/;

export type CreateAuthorizerInput = Omit<StoredAuthorizer, 'id' | 'authorizerResultTtlInSeconds'> & {
  authorizerResultTtlInSeconds?: number;
};

/**
 * Add an authorizer after the checks API Gateway makes on its shape: Cognito authorizers name user pools and a
 * header; Lambda authorizers name a Lambda invocation URI, TOKEN ones a header (`method.request.header.X`).
 */
export function createAuthorizer(
  api: StoredRestApi,
  input: CreateAuthorizerInput,
  id = newAuthorizerId(),
): StoredAuthorizer {
  const authorizers = (api.authorizers ??= []);
  if (authorizers.some((a) => a.name === input.name)) throw conflict(`Authorizer name ${input.name} already exists`);
  if (input.type === 'COGNITO_USER_POOLS') {
    if (!input.providerARNs?.length || !input.providerARNs.every((arn) => COGNITO_POOL_ARN.test(arn))) {
      throw badRequest('Invalid authorizer definition: COGNITO_USER_POOLS requires providerARNs of Cognito user pools');
    }
  } else if (!input.authorizerUri || !LAMBDA_URI.test(input.authorizerUri)) {
    throw badRequest(`Invalid authorizer definition: ${input.type} requires a Lambda function authorizerUri`);
  }
  const ttl = input.authorizerResultTtlInSeconds ?? 300;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > 3600) {
    throw badRequest('Invalid authorizerResultTtlInSeconds: must be between 0 and 3600');
  }
  if ((input.type !== 'REQUEST' || ttl > 0) && !input.identitySource) {
    throw badRequest(`Invalid authorizer definition: identitySource is required for ${input.type}`);
  }
  if (
    input.type !== 'REQUEST' &&
    input.identitySource &&
    !/^method\.request\.header\.[\w-]+$/.test(input.identitySource)
  ) {
    throw badRequest(`Invalid identity source ${input.identitySource}: must be method.request.header.<name>`);
  }
  const authorizer: StoredAuthorizer = { ...input, id, authorizerResultTtlInSeconds: ttl };
  authorizers.push(authorizer);
  return authorizer;
}

export function requireAuthorizer(api: StoredRestApi, authorizerId: string): StoredAuthorizer {
  const authorizer = api.authorizers?.find((a) => a.id === authorizerId);
  if (!authorizer) throw notFound('Invalid authorizer identifier specified');
  return authorizer;
}

export function createAuthorizerHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = bodyOf(ctx);
  const authorizer = createAuthorizer(api, {
    name: body.required('name'),
    type: body.requiredOneOf('type', AUTHORIZER_TYPES),
    providerARNs: body.strings('providerARNs'),
    authType: body.string('authType'),
    authorizerUri: body.string('authorizerUri'),
    authorizerCredentials: body.string('authorizerCredentials'),
    identitySource: body.string('identitySource'),
    identityValidationExpression: body.string('identityValidationExpression'),
    authorizerResultTtlInSeconds: body.integer('authorizerResultTtlInSeconds'),
  });
  ctx.commit();
  return jsonResponse(201, authorizer);
}

export function getAuthorizers(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const page = paginate(api.authorizers ?? [], queryOf(ctx), (a) => a.id);
  return jsonResponse(200, { position: page.position, item: page.items });
}

export function getAuthorizer(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  return jsonResponse(200, requireAuthorizer(api, params.authorizer_id));
}

/** Refused while a method uses the authorizer (assumption: 409, the model's ConflictException). */
export function deleteAuthorizer(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const authorizer = requireAuthorizer(api, params.authorizer_id);
  const user = api.resources.flatMap((r) =>
    Object.values(r.resourceMethods)
      .filter((m) => m.authorizerId === authorizer.id)
      .map((m) => `${m.httpMethod} ${r.path}`),
  );
  if (user.length) throw conflict(`Cannot delete authorizer '${authorizer.name}', is referenced in method: ${user[0]}`);
  api.authorizers = (api.authorizers ?? []).filter((a) => a.id !== authorizer.id);
  ctx.commit();
  return jsonResponse(202);
}
