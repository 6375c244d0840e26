import type { AwsError, EmulatorResponse } from '../types';
import { requestId } from '../ids';

/** restJson1 (API Gateway, RAM): JSON bodies, error code in `x-amzn-ErrorType`, message in `{"message": …}`. */
export function jsonResponse(status: number, body?: unknown): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId() },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

export function renderRestJsonError(err: AwsError): EmulatorResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-errortype': err.code,
    'x-amzn-requestid': requestId(),
  };
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return { status: err.status, headers, body: JSON.stringify({ message: err.message }) };
}
