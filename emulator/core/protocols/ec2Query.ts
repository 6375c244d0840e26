import { AwsError, type EmulatorRequest, type EmulatorResponse } from '../types';
import { requestId } from '../ids';
import { buildXml } from './xml';

const EC2_XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/**
 * ec2 query: form-encoded `Action=…&Version=…` in, `<{Action}Response xmlns=…><requestId/>…` out.
 * `result` uses the wire (lower-camel) element names; lists are `{ xxxSet: { item: [...] } }`.
 */
export function ec2Response(action: string, result: Record<string, unknown>): EmulatorResponse {
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

/** Form parameters from the body (POST) merged over the query string (GET, as older clients send). */
export function queryParams(req: EmulatorRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  for (const [key, value] of new URLSearchParams(req.body.toString('utf8'))) params.set(key, value);
  return params;
}

/** `Name.1`, `Name.2`, … → values, in index order (EC2 and awsQuery list encoding). */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values: Array<[number, string]> = [];
  for (const [key, value] of params) {
    const match = new RegExp(`^${name.replace('.', '\\.')}\\.(\\d+)$`).exec(key);
    if (match) values.push([Number(match[1]), value]);
  }
  return values.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}

export function requiredAction(params: URLSearchParams): string {
  const action = params.get('Action');
  if (!action) throw new AwsError('MissingAction', 400, 'The request must contain the parameter Action');
  return action;
}
