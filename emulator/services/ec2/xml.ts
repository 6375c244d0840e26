import { ec2Response } from '../../core/protocols/ec2Query';
import type { XmlElement, XmlNode } from '../../core/protocols/xml';
import type { EmulatorResponse } from '../../core/types';

/** A response value: element names are the EC2 wire names (lower camel); arrays become `<item>` lists. */
export type Ec2Value = string | number | boolean | undefined | Ec2Value[] | { [element: string]: Ec2Value };

export function ec2Success(action: string, result: Record<string, Ec2Value>): EmulatorResponse {
  return ec2Response(action, encodeObject(result));
}

function encodeObject(obj: { [element: string]: Ec2Value }): XmlElement {
  const out: XmlElement = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) out[key] = encode(value);
  }
  return out;
}

function encode(value: Exclude<Ec2Value, undefined>): XmlNode {
  if (Array.isArray(value)) return { item: value.filter((v) => v !== undefined).map(encode) };
  if (typeof value === 'object') return encodeObject(value);
  return String(value);
}
