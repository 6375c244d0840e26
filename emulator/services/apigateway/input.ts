import { z } from 'zod';
import { RequestInput, type InputErrors } from '../../core/input';
import type { ServiceContext } from '../../core/types';
import { badRequest } from './errors';

/** API Gateway refuses every malformed member with a 400 BadRequestException. */
const API_GATEWAY_ERRORS: InputErrors = {
  missing: (member) => badRequest(`Invalid request input: '${member}' is required`),
  invalid: (member, expected) => badRequest(`Invalid request input: '${member}' must be ${expected}`),
  notOneOf: (member, value, allowed) =>
    badRequest(`Invalid ${member} '${value}': must be one of ${allowed.join(', ')}`),
  malformed: (problem) =>
    badRequest(
      problem === 'malformed JSON'
        ? 'Could not parse request body into json: malformed JSON'
        : 'Request body must be a JSON object',
    ),
};

/** The JSON body of an API Gateway request. */
export function bodyOf(ctx: ServiceContext): RequestInput {
  return RequestInput.json(ctx.req, API_GATEWAY_ERRORS);
}

/** The query string of an API Gateway request (`limit`, `position`, `resourceOwner`, `embed`, …). */
export function queryOf(ctx: ServiceContext): RequestInput {
  return RequestInput.query(ctx.req, API_GATEWAY_ERRORS);
}

/** `endpointConfiguration` of CreateRestApi and CreateDomainName. */
export const ENDPOINT_CONFIGURATION = z.object({
  types: z.array(z.string()).optional(),
  ipAddressType: z.string().optional(),
  vpcEndpointIds: z.array(z.string()).optional(),
});
