import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/** Attributes are written as `@_name` keys (e.g. `{'@_xmlns': …}`); arrays become repeated elements. */
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true });

export function buildXml(document: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`;
}

/** Parse XML into plain objects with string leaves; throws on malformed input (callers map it to their protocol's error). */
export function parseXml(text: string): Record<string, unknown> {
  // XMLParser is lenient with broken markup; the validator catches unclosed tags and garbage first.
  const result = XMLValidator.validate(text);
  if (result !== true) throw new Error(`${result.err.msg} (line ${result.err.line})`);
  return parser.parse(text) as Record<string, unknown>;
}
