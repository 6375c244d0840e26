import { AwsError, type EmulatorRequest, type EmulatorResponse } from '../types';
import { requestId } from '../ids';
import { z } from 'zod';
import { buildXml, parseXml, type XmlElement } from './xml';

export const ROUTE53_XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';

/** restXml (Route 53): XML documents whose root is `<{Operation}Response xmlns=…>`. */
export function xmlResponse(
  status: number,
  root: string,
  content: XmlElement,
  extraHeaders: Record<string, string> = {},
): EmulatorResponse {
  const body = buildXml({ [root]: { '@_xmlns': ROUTE53_XMLNS, ...content } });
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId(), ...extraHeaders }, body };
}

export function renderRestXmlError(err: AwsError): EmulatorResponse {
  const id = requestId();
  const type = err.status >= 500 ? 'Receiver' : 'Sender';
  const body = buildXml({
    ErrorResponse: {
      '@_xmlns': ROUTE53_XMLNS,
      Error: { Type: type, Code: err.code, Message: err.message },
      RequestId: id,
    },
  });
  const headers: Record<string, string> = { 'content-type': 'text/xml', 'x-amzn-requestid': id };
  if (err.retryAfterSeconds !== undefined) headers['retry-after'] = String(err.retryAfterSeconds);
  return { status: err.status, headers, body };
}

/** The body's root element content (`<CreateHostedZoneRequest>…` → its children). Malformed XML → 400 InvalidInput. */
export function parseXmlRequest(req: EmulatorRequest, root: string): XmlRecord {
  let doc: unknown;
  try {
    doc = parseXml(req.body.toString('utf8'));
  } catch (err) {
    throw new AwsError('InvalidInput', 400, `Could not parse XML request body: ${messageOf(err)}`);
  }
  const content = XML_RECORD.safeParse(XML_RECORD.safeParse(doc).data?.[root]);
  if (!content.success) throw new AwsError('InvalidInput', 400, `Expected a <${root}> document`);
  return content.data;
}

/** A parsed element: string leaves, nested elements, and arrays where an element repeats. */
export type XmlRecord = Record<string, unknown>;
const XML_RECORD = z.record(z.string(), z.unknown());

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
