import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

/**
 * Checks a CloudFormation template against the resource specification AWS publishes (as packaged in
 * `@aws-cdk/aws-service-spec`): resource types exist, properties exist with the right type, required properties are
 * present, and every Ref / Fn::GetAtt names a parameter, pseudo parameter or resource (and a real attribute).
 * Returns the problems found; an empty list means the template passes.
 */

type SpecType =
  | { type: 'string' | 'number' | 'integer' | 'boolean' | 'json' | 'date-time' | 'null' | 'tag' }
  | { type: 'array' | 'map'; element: SpecType }
  | { type: 'ref'; reference: { $ref: string } }
  | { type: 'union'; types: SpecType[] };

interface SpecProperty {
  type: SpecType;
  required?: boolean;
}

interface SpecResource {
  properties: Record<string, SpecProperty>;
  attributes: Record<string, unknown>;
}

interface SpecDb {
  lookup(key: 'resource', index: 'cloudFormationType', op: 'equals', value: string): SpecResource[];
  get(key: 'typeDefinition', id: string): { name: string; properties: Record<string, SpecProperty> };
}

let db: SpecDb | undefined;
function spec(): SpecDb {
  db ??= loadAwsServiceSpecSync() as unknown as SpecDb;
  return db;
}

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

interface TemplateResource {
  Type?: string;
  Properties?: unknown;
  DependsOn?: string | string[];
}

interface Context {
  parameters: Partial<Record<string, { Type?: string }>>;
  resources: Partial<Record<string, TemplateResource>>;
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind of value an intrinsic function yields, after checking what it refers to. */
function intrinsic(value: Record<string, unknown>, ctx: Context, where: string): 'string' | 'list' | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys;
  const arg = value[key];
  if (key === 'Ref') {
    const target = String(arg);
    if (PSEUDO_PARAMETERS.has(target)) return 'string';
    const param = ctx.parameters[target];
    if (param) return param.Type?.startsWith('List<') || param.Type === 'CommaDelimitedList' ? 'list' : 'string';
    if (ctx.resources[target]) return 'string';
    ctx.problems.push(`${where}: Ref ${target} names no parameter or resource`);
    return 'string';
  }
  if (key === 'Fn::GetAtt') {
    const [resourceId, attribute] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
    const res = ctx.resources[resourceId];
    if (!res) ctx.problems.push(`${where}: Fn::GetAtt ${resourceId} names no resource`);
    else {
      const def = res.Type ? spec().lookup('resource', 'cloudFormationType', 'equals', res.Type).at(0) : undefined;
      if (def && !(attribute in def.attributes))
        ctx.problems.push(`${where}: ${res.Type} has no attribute ${attribute}`);
    }
    return 'string';
  }
  if (['Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::ImportValue', 'Fn::ToJsonString', 'Fn::If'].includes(key))
    return 'string';
  if (['Fn::Split', 'Fn::GetAZs', 'Fn::Cidr'].includes(key)) return 'list';
  return undefined;
}

function checkValue(value: unknown, type: SpecType, ctx: Context, where: string): void {
  if (isObject(value)) {
    const kind = intrinsic(value, ctx, where);
    if (kind === 'list' && type.type !== 'array' && type.type !== 'union')
      ctx.problems.push(`${where}: a list where ${type.type} is expected`);
    if (kind) return;
  }
  switch (type.type) {
    case 'json':
      return;
    case 'union':
      if (!type.types.some((t) => attempt(value, t, ctx)))
        ctx.problems.push(`${where}: matches none of ${type.types.map((t) => t.type).join(' | ')}`);
      return;
    case 'string':
    case 'date-time':
      if (typeof value !== 'string') ctx.problems.push(`${where}: expected a string, got ${JSON.stringify(value)}`);
      return;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') ctx.problems.push(`${where}: expected a number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') ctx.problems.push(`${where}: expected a boolean`);
      return;
    case 'null':
      return;
    case 'tag':
      if (!isObject(value) || typeof value.Key !== 'string')
        ctx.problems.push(`${where}: expected a { Key, Value } tag`);
      return;
    case 'array':
      if (!Array.isArray(value)) ctx.problems.push(`${where}: expected a list`);
      else value.forEach((v, i) => checkValue(v, type.element, ctx, `${where}[${i}]`));
      return;
    case 'map':
      if (!isObject(value)) ctx.problems.push(`${where}: expected a map`);
      else for (const [k, v] of Object.entries(value)) checkValue(v, type.element, ctx, `${where}.${k}`);
      return;
    case 'ref': {
      const def = spec().get('typeDefinition', type.reference.$ref);
      if (!isObject(value)) ctx.problems.push(`${where}: expected a ${def.name} object`);
      else checkProperties(value, def.properties, ctx, where);
      return;
    }
  }
}

function attempt(value: unknown, type: SpecType, ctx: Context): boolean {
  const probe: Context = { ...ctx, problems: [] };
  checkValue(value, type, probe, '');
  return probe.problems.length === 0;
}

function checkProperties(
  value: Record<string, unknown>,
  properties: Record<string, SpecProperty>,
  ctx: Context,
  where: string,
): void {
  for (const [name, v] of Object.entries(value)) {
    const prop = properties[name] as SpecProperty | undefined;
    if (!prop) ctx.problems.push(`${where}: unknown property ${name}`);
    else checkValue(v, prop.type, ctx, `${where}.${name}`);
  }
  for (const [name, prop] of Object.entries(properties))
    if (prop.required && !(name in value)) ctx.problems.push(`${where}: required property ${name} missing`);
}

export function cloudFormationProblems(template: unknown): string[] {
  if (!isObject(template)) return ['The template is not a map'];
  const resources = (isObject(template.Resources) ? template.Resources : {}) as Record<string, TemplateResource>;
  const ctx: Context = {
    parameters: (isObject(template.Parameters) ? template.Parameters : {}) as Context['parameters'],
    resources,
    problems: [],
  };
  if (Object.keys(resources).length === 0) ctx.problems.push('The template has no resources');
  for (const [id, param = {}] of Object.entries(ctx.parameters))
    if (
      !['String', 'Number', 'CommaDelimitedList', 'List<Number>'].includes(param.Type ?? '') &&
      !param.Type?.startsWith('AWS::')
    )
      ctx.problems.push(`Parameters.${id}: unknown type ${param.Type ?? '(none)'}`);
  for (const [id, res] of Object.entries(resources)) {
    const where = `Resources.${id}`;
    const def = spec()
      .lookup('resource', 'cloudFormationType', 'equals', res.Type ?? '')
      .at(0);
    if (!def) {
      ctx.problems.push(`${where}: no resource type ${res.Type ?? '(none)'} in the specification`);
      continue;
    }
    const props = res.Properties ?? {};
    if (!isObject(props)) ctx.problems.push(`${where}.Properties: not a map`);
    else checkProperties(props, def.properties, ctx, `${where}.Properties`);
    for (const dep of [res.DependsOn ?? []].flat())
      if (!(dep in resources)) ctx.problems.push(`${where}: DependsOn ${dep} names no resource`);
  }
  if (isObject(template.Outputs))
    for (const [id, out] of Object.entries(template.Outputs))
      if (isObject(out)) checkValue(out.Value, { type: 'string' }, ctx, `Outputs.${id}`);
  return ctx.problems;
}
