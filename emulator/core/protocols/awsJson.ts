import { AwsError, type EmulatorRequest, type EmulatorResponse } from '../types';
import { requestId } from '../ids';

const CONTENT_TYPE = 'application/x-amz-json-1.1';

/** awsJson1_1 (ACM): `POST /` with `X-Amz-Target: <Prefix>.<Operation>`, errors as `{"__type", "message"}`. */
export function awsJsonResponse(body: unknown = {}): EmulatorResponse {
  return {
    status: 200,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId() },
    body: JSON.stringify(body),
  };
}

export function renderAwsJsonError(err: AwsError): EmulatorResponse {
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId() };
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return { status: err.status, headers, body: JSON.stringify({ __type: err.code, message: err.message }) };
}

/** The operation named by `X-Amz-Target` (`CertificateManager.ListCertificates` → `ListCertificates`). */
export function awsJsonOperation(req: EmulatorRequest, targetPrefix: string): string {
  const target = String(req.headers['x-amz-target'] ?? '');
  if (!target.startsWith(`${targetPrefix}.`)) {
    throw new AwsError('UnknownOperationException', 400, `Missing or unknown X-Amz-Target: ${target || '(none)'}`);
  }
  return target.slice(targetPrefix.length + 1);
}
