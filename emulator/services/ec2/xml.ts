import { randomUUID } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { AwsError, EmulatorResponse } from '../../core/types';

const NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressBooleanAttributes: false });

/** A response value: element names are the EC2 wire names (lower camel); arrays become `<item>` lists. */
export type Ec2Value = string | number | boolean | undefined | Ec2Value[] | { [element: string]: Ec2Value };

export function ec2Success(action: string, result: Record<string, Ec2Value>): EmulatorResponse {
  const body = { [`${action}Response`]: { '@_xmlns': NAMESPACE, requestId: randomUUID(), ...encodeObject(result) } };
  return xmlResponse(200, body);
}

export function ec2Error(error: AwsError): EmulatorResponse {
  const body = {
    Response: { Errors: { Error: { Code: error.code, Message: error.message } }, RequestID: randomUUID() },
  };
  return xmlResponse(error.status, body);
}

function xmlResponse(status: number, body: object): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'text/xml;charset=UTF-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(body)}`,
  };
}

function encodeObject(obj: { [element: string]: Ec2Value }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) out[key] = encode(value);
  }
  return out;
}

function encode(value: Ec2Value): unknown {
  if (Array.isArray(value)) return { item: value.filter((v) => v !== undefined).map(encode) };
  if (value !== null && typeof value === 'object') return encodeObject(value);
  return String(value);
}
