import Builder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/** Attributes are written as `@_name` keys (e.g. `{'@_xmlns': …}`); arrays become repeated elements. */
const builder = new Builder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true });

/** An element tree: attributes as `@_name` keys, arrays as repeated elements, absent members left out. */
export interface XmlElement {
  [name: string]: XmlNode;
}
export type XmlNode = string | number | boolean | undefined | XmlElement | XmlNode[];

export function buildXml(document: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document)}`;
}

/** Parse XML into plain objects with string leaves; throws on malformed input (callers map it to their protocol's error). */
export function parseXml(text: string): unknown {
  // XMLParser is lenient with broken markup; the validator throws on unclosed tags and garbage first.
  SyntaxValidator.validate(text);
  return parser.parse(text);
}
