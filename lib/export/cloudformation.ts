import { stringify } from 'yaml';
import type { ExportModel } from './model';
import { commentLines } from './shell';
import { JsonDocument, stackSpec } from './cfn-stack';

/** CloudFormation template (YAML), with a comment wherever CloudFormation cannot do something and the CLI can. */

function plain(value: unknown): unknown {
  if (value instanceof JsonDocument) return value.value;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const indent = (text: string, spaces: number) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => ' '.repeat(spaces) + l);

const block = (value: Record<string, unknown>) => indent(stringify(plain(value), { lineWidth: 0, version: '1.1' }), 2);

export function cloudFormationTemplate(model: ExportModel): string {
  const spec = stackSpec(model);
  const out = [
    ...commentLines(
      `${spec.description}. Deploy with: aws cloudformation deploy --template-file <this file> --stack-name ${spec.name}`,
    ),
    "AWSTemplateFormatVersion: '2010-09-09'",
    stringify({ Description: spec.description }, { lineWidth: 0 }).trimEnd(),
  ];
  if (spec.parameters.length > 0) {
    out.push('Parameters:');
    for (const p of spec.parameters)
      out.push(...block({ [p.id]: { Type: p.type, Default: p.default, Description: p.description } }));
  }
  out.push('Resources:');
  for (const item of spec.items) {
    if (item.kind === 'note') {
      out.push(...item.lines.flatMap((l, i) => (i === 0 ? commentLines(l, '  # ') : [`  #   ${l}`])));
      continue;
    }
    out.push(...item.comment.flatMap((c) => commentLines(c, '  # ')));
    out.push(...block({ [item.id]: { Type: item.type, Properties: item.properties } }));
  }
  out.push('Outputs:');
  for (const o of spec.outputs) out.push(...block({ [o.id]: { Description: o.description, Value: o.value } }));
  return `${out.join('\n')}\n`;
}
