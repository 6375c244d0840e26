import { AwsError, type EmulatorRequest, type EmulatorResponse } from '../types';
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

/**
 * Parse a JSON object body. An empty body is `{}` (the SDK omits bodies for operations without payload members).
 * `badRequestCode` is the service's own 400 code (API Gateway: BadRequestException; RAM: InvalidParameterException).
 */
export function parseJsonObject(req: EmulatorRequest, badRequestCode: string): Record<string, unknown> {
  if (req.body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch {
    throw new AwsError(badRequestCode, 400, 'Could not parse request body into json: malformed JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AwsError(badRequestCode, 400, 'Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
