import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../core/types';

/**
 * Refusals as API Gateway sends them on the data plane: JSON body, `x-amzn-ErrorType`, `x-amzn-RequestId`.
 * Gateway responses (`{"message": …}`) spell the member in lower case; IAM authorization denials use `Message`
 * (observed: `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-west-2:********2543:vd2gh6uqw3/api/GET/"}`,
 * github.com/ASFHyP3/hyp3/issues/2283), with the account masked to its last four digits.
 */
export function gatewayError(status: number, errorType: string, message: string): EmulatorResponse {
  return json(status, { message }, { 'x-amzn-errortype': errorType });
}

export const forbidden = () => gatewayError(403, 'ForbiddenException', 'Forbidden');
export const missingAuthenticationToken = () =>
  gatewayError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
export const unauthorized = () => gatewayError(401, 'UnauthorizedException', 'Unauthorized');

export type DenyReason = 'implicit' | 'explicit' | 'endpoint-implicit' | 'endpoint-explicit';

const SUFFIX: Record<DenyReason, string> = {
  implicit: '',
  explicit: ' with an explicit deny',
  'endpoint-implicit': ' because no VPC endpoint policy allows the execute-api:Invoke action',
  'endpoint-explicit': ' with an explicit deny in a VPC endpoint policy',
};

/** 403 AccessDeniedException `{"Message":"User: … is not authorized to perform: execute-api:Invoke on resource: …"}`. */
export function accessDenied(user: string, resourceArn: string, reason: DenyReason): EmulatorResponse {
  const message = `User: ${user} is not authorized to perform: execute-api:Invoke on resource: ${maskAccount(resourceArn)}${SUFFIX[reason]}`;
  return json(403, { Message: message }, { 'x-amzn-errortype': 'AccessDeniedException' });
}

/** `arn:aws:execute-api:us-east-1:111111111111:…` → `arn:aws:execute-api:us-east-1:********1111:…`. */
export function maskAccount(arn: string): string {
  return arn.replace(/^(arn:[^:]+:[^:]+:[^:]*:)\d{8}(\d{4}):/, '$1********$2:');
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID(), ...headers },
    body: JSON.stringify(body),
  };
}
