import type { ExportModel } from './model';
import { commentLines } from './shell';
import { JsonDocument, stackSpec, type StackParameter } from './cfn-stack';

/**
 * CDK app in TypeScript. It uses L1 constructs only: the L2 `DomainName` of aws-apigateway cannot create a PRIVATE
 * domain, and the private-domain resources (DomainNameV2, BasePathMappingV2, DomainNameAccessAssociation) have no
 * L2 at all. It creates the same resources as the CloudFormation export.
 */

/** CDK's property names: `VPCId` → `vpcId`, `DNSName` → `dnsName`, `RestApiId` → `restApiId`. */
const CDK_NAMES: Record<string, string> = { VPCs: 'vpcs' };
export function cdkPropertyName(name: string): string {
  if (CDK_NAMES[name]) return CDK_NAMES[name];
  const upper = /^[A-Z]+/.exec(name)?.[0] ?? '';
  if (upper.length > 1 && upper.length < name.length)
    return upper.slice(0, -1).toLowerCase() + name.slice(upper.length - 1);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `AWS::ApiGateway::DomainNameV2` → module `apigateway` (aws-cdk-lib/aws-apigateway), class `CfnDomainNameV2`. */
function constructOf(type: string): { module: string; className: string } {
  const [, service, resource] = type.split('::');
  return { module: service.toLowerCase(), className: `Cfn${resource}` };
}

interface Scope {
  parameters: Map<string, StackParameter>;
}

function expression(value: unknown, scope: Scope, depth: number): string {
  const pad = '  '.repeat(depth);
  if (value instanceof JsonDocument) return JSON.stringify(value.value, null, 2).replace(/\n/g, `\n${pad}`);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}  ${expression(v, scope, depth + 1)},`).join('\n')}\n${pad}]`;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.Ref === 'string') {
      if (o.Ref === 'AWS::Region') return 'this.region';
      const param = scope.parameters.get(o.Ref);
      if (param) return `${lowerFirst(o.Ref)}.${param.type === 'CommaDelimitedList' ? 'valueAsList' : 'valueAsString'}`;
      return `${lowerFirst(o.Ref)}.ref`;
    }
    const att = o['Fn::GetAtt'];
    if (Array.isArray(att)) return `${lowerFirst(String(att[0]))}.attr${String(att[1])}`;
    const entries = Object.entries(o);
    return `{\n${entries.map(([k, v]) => `${pad}  ${cdkPropertyName(k)}: ${expression(v, scope, depth + 1)},`).join('\n')}\n${pad}}`;
  }
  return JSON.stringify(value);
}

export function cdkApp(model: ExportModel): string {
  const spec = stackSpec(model);
  const scope: Scope = { parameters: new Map(spec.parameters.map((p) => [p.id, p])) };
  const modules = [
    ...new Set(spec.items.flatMap((i) => (i.kind === 'resource' ? [constructOf(i.type).module] : []))),
  ].sort();
  const body: string[] = [];
  for (const p of spec.parameters)
    body.push(
      `const ${lowerFirst(p.id)} = new CfnParameter(this, ${JSON.stringify(p.id)}, {`,
      `  type: ${JSON.stringify(p.type)},`,
      `  default: ${JSON.stringify(p.default)},`,
      `  description: ${JSON.stringify(p.description)},`,
      '});',
    );
  for (const item of spec.items) {
    if (item.kind === 'note') {
      body.push(...item.lines.flatMap((l, i) => (i === 0 ? commentLines(l, '// ') : [`//   ${l}`])));
      continue;
    }
    const { module, className } = constructOf(item.type);
    body.push(
      ...item.comment.flatMap((c) => commentLines(c, '// ')),
      `const ${lowerFirst(item.id)} = new ${module}.${className}(this, ${JSON.stringify(item.id)}, ${expression(item.properties, scope, 0)});`,
    );
  }
  for (const o of spec.outputs)
    body.push(
      `new CfnOutput(this, ${JSON.stringify(o.id)}, { description: ${JSON.stringify(o.description)}, value: ${expression(o.value, scope, 0)} });`,
    );
  // Constants only referenced by a later construct would trip noUnusedLocals; every construct is still created.
  const referenced = new Set(body.join('\n').match(/\b[a-z][A-Za-z0-9]*(?=\.(ref|attr|value))/g) ?? []);
  const lines = body.map((l) => {
    const m = /^const ([a-z][A-Za-z0-9]*) = (new .*)$/s.exec(l);
    return m && !referenced.has(m[1]) ? m[2] : l;
  });

  return [
    ...commentLines(`${spec.description}.`, '// '),
    ...commentLines(
      'L1 constructs only: the L2 DomainName cannot create a PRIVATE domain, and DomainNameV2, BasePathMappingV2 and DomainNameAccessAssociation have no L2. Deploy with: npx cdk deploy --app "npx tsx <this file>"',
      '// ',
    ),
    "import { App, CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib/core';",
    ...modules.map((mod) => `import * as ${mod} from 'aws-cdk-lib/aws-${mod}';`),
    "import type { Construct } from 'constructs';",
    '',
    `export class ${spec.name} extends Stack {`,
    '  constructor(scope: Construct, id: string, props?: StackProps) {',
    '    super(scope, id, props);',
    ...lines.flatMap((l) => l.split('\n')).map((l) => (l === '' ? '' : `    ${l}`)),
    '  }',
    '}',
    '',
    'const app = new App();',
    `new ${spec.name}(app, ${JSON.stringify(spec.name)}, { env: { account: ${JSON.stringify(model.accountId)}, region: ${JSON.stringify(model.region)} } });`,
    '',
  ].join('\n');
}
