import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

/** IAM actions API Gateway evaluates beyond the HTTP verb (service authorization reference). */
const APIGATEWAY_EXTRA: Record<string, string[]> = {
  UpdateRestApi: ['apigateway:UpdateRestApiPolicy'],
  CreateDomainName: ['apigateway:AddCertificateToDomain', 'apigateway:UpdateDomainNamePolicy'],
  UpdateDomainName: ['apigateway:UpdateDomainNamePolicy', 'apigateway:UpdateDomainNameManagementPolicy'],
  DeleteDomainName: ['apigateway:RemoveCertificateFromDomain'],
  CreateDomainNameAccessAssociation: ['apigateway:CreateAccessAssociation'],
};

const PREFIX: Record<string, string> = {
  'api-gateway': 'apigateway',
  ec2: 'ec2',
  ram: 'ram',
  acm: 'acm',
  'route-53': 'route53',
  sts: 'sts',
};

function apiGatewayActions(operation: string): string[] {
  if (operation === 'RejectDomainNameAccessAssociation') return ['apigateway:RejectAccessAssociation'];
  const verb = operation.startsWith('Get')
    ? 'GET'
    : operation.startsWith('Create')
      ? 'POST'
      : operation.startsWith('Update')
        ? 'PATCH'
        : operation.startsWith('Delete') || operation.startsWith('Untag')
          ? 'DELETE'
          : 'PUT';
  return [`apigateway:${verb}`, ...(APIGATEWAY_EXTRA[operation] ?? [])];
}

/** The IAM actions one SDK operation needs. */
export function iamActionsFor(sdkPackage: string, operation: string): string[] {
  const prefix = PREFIX[sdkPackage];
  if (!prefix) throw new Error(`no IAM prefix known for @aws-sdk/client-${sdkPackage}`);
  if (prefix === 'apigateway') return apiGatewayActions(operation);
  return [`${prefix}:${operation}`];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every SDK operation the code sends (`new XxxCommand(` or `paginateXxx(`), with the client package it comes from. */
function operationsSent(): { file: string; sdkPackage: string; operation: string }[] {
  const out: { file: string; sdkPackage: string; operation: string }[] = [];
  for (const file of [...sourceFiles(path.join(root, 'lib/aws')), ...sourceFiles(path.join(root, 'lib/services'))]) {
    const text = readFileSync(file, 'utf8');
    const packageOf = new Map<string, string>();
    for (const m of text.matchAll(/import\s*(?:type\s*)?{([^}]*)}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g))
      for (const name of m[1].split(',').map((n) =>
        n
          .trim()
          .split(/\s+as\s+/)[0]
          .replace(/^type\s+/, ''),
      ))
        if (name) packageOf.set(name, m[2]);
    for (const m of text.matchAll(/new ([A-Z]\w+)Command\(|\b(paginate[A-Z]\w+)\(/g)) {
      const symbol = m[1] ? `${m[1]}Command` : m[2];
      const sdkPackage = packageOf.get(symbol);
      if (!sdkPackage) continue;
      const operation = symbol.replace(/^paginate|Command$/g, '');
      out.push({ file: path.relative(root, file), sdkPackage, operation });
    }
  }
  return out;
}

interface PolicyDocument {
  Statement: { Action: string | string[] }[];
}

function readmePolicy(heading: string): Set<string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`#### ${heading}`);
  expect(start, `README section "#### ${heading}"`).toBeGreaterThan(-1);
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(start));
  const doc = JSON.parse(block![1]) as PolicyDocument;
  return new Set(doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

describe('the README IAM policies cover every call the console makes', () => {
  const allowed = new Set([...readmePolicy('Read-only policy'), ...readmePolicy('Operator policy')]);
  // The console's own identity: AssumeRole is granted to the base role, GetCallerIdentity needs no permission.
  const exempt = new Set(['sts:AssumeRole', 'sts:GetCallerIdentity']);
  const sent = operationsSent();

  it('finds the calls (the scan itself works)', () => {
    expect(sent.length).toBeGreaterThan(30);
    expect(sent.map((s) => s.operation)).toEqual(expect.arrayContaining(['CreateDomainName', 'GetRestApis']));
  });

  it.each(
    [...new Map(sent.map((s) => [`${s.sdkPackage}:${s.operation}`, s])).values()].map((s) => [
      `${s.sdkPackage} ${s.operation}`,
      s,
    ]),
  )('%s', (_name, s) => {
    const missing = iamActionsFor(s.sdkPackage, s.operation).filter((a) => !exempt.has(a) && !allowed.has(a));
    expect(missing, `${s.file} sends ${s.operation}; add ${missing.join(', ')} to a README policy`).toEqual([]);
  });

  it('read-only policy holds no mutation', () => {
    for (const action of readmePolicy('Read-only policy'))
      expect(action).toMatch(/^(apigateway:GET|[a-z0-9]+:(Get|List|Describe)\w+)$/);
  });
});
