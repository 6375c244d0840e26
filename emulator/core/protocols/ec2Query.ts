import type { AwsError, EmulatorResponse } from '../types';
import { requestId } from '../ids';
import { buildXml, type XmlElement } from './xml';

const EC2_XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/**
 * ec2 query: form-encoded `Action=…&Version=…` in, `<{Action}Response xmlns=…><requestId/>…` out.
 * `result` uses the wire (lower-camel) element names; lists are `{ xxxSet: { item: [...] } }`.
 */
export function ec2Response(action: string, result: XmlElement): EmulatorResponse {
  const id = requestId();
  const body = buildXml({ [`${action}Response`]: { '@_xmlns': EC2_XMLNS, requestId: id, ...result } });
  return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': id }, body };
}

export function renderEc2Error(err: AwsError): EmulatorResponse {
  const id = requestId();
  const body = buildXml({ Response: { Errors: { Error: { Code: err.code, Message: err.message } }, RequestID: id } });
  const headers: Record<string, string> = { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': id };
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return { status: err.status, headers, body };
}
