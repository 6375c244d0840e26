import type { AwsError, EmulatorResponse } from '../types';
import { requestId } from '../ids';
import { buildXml, type XmlElement } from './xml';

/** awsQuery (STS): form-encoded in, `<{Action}Response><{Action}Result>…</…><ResponseMetadata>` out. */
export function queryResponse(action: string, xmlns: string, result: XmlElement): EmulatorResponse {
  const id = requestId();
  const body = buildXml({
    [`${action}Response`]: { '@_xmlns': xmlns, [`${action}Result`]: result, ResponseMetadata: { RequestId: id } },
  });
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id }, body };
}

export function renderAwsQueryError(err: AwsError, xmlns: string): EmulatorResponse {
  const id = requestId();
  const type = err.status >= 500 ? 'Receiver' : 'Sender';
  const body = buildXml({
    ErrorResponse: { '@_xmlns': xmlns, Error: { Type: type, Code: err.code, Message: err.message }, RequestId: id },
  });
  const headers: Record<string, string> = { 'content-type': 'text/xml', 'x-amzn-requestid': id };
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return { status: err.status, headers, body };
}
