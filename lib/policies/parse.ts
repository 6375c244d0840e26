import type { ConditionClause, Effect, ParseResult, PolicyStatement, PrincipalSpec } from './types';

/**
 * Decodes a policy as API Gateway hands it back. `GetRestApi.policy` is often backslash-escaped JSON
 * (`{\"Version\":…\"arn:…\/*\"}`), some tools double-encode (a JSON string containing JSON), and console users
 * paste pretty-printed text; all of them must yield the same document (docs/aws/policies.md#private-api-resource-policy, docs/aws/gotchas.md item 16).
 */
export function decodePolicyText(raw: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  let value: unknown = raw;
  // Each round peels one layer of string encoding; three layers is more than any producer we know of.
  for (let round = 0; round < 4; round += 1) {
    if (typeof value !== 'string') return { ok: true, value };
    const text = value.trim();
    const direct = tryJson(text);
    if (direct.ok) {
      if (nestingDepth(direct.value) > MAX_POLICY_DEPTH)
        return {
          ok: false,
          error: `Policy nests deeper than ${MAX_POLICY_DEPTH} levels; a policy document needs at most a few (Statement → Condition → operator → key → values).`,
        };
      value = direct.value;
      continue;
    }
    // Escaped JSON without the surrounding quotes: read it as the body of a JSON string literal.
    const unescaped = tryJson(`"${text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`);
    if (unescaped.ok && typeof unescaped.value === 'string' && unescaped.value !== text) {
      value = unescaped.value;
      continue;
    }
    return { ok: false, error: `Policy is not valid JSON: ${direct.error}` };
  }
  return { ok: false, error: 'Policy is encoded too many times to be a policy document.' };
}

/** Far beyond any policy, far below what recursive code (JSON.stringify, comparisons) can walk. */
export const MAX_POLICY_DEPTH = 32;

/** Depth of nested arrays and objects, walked with an explicit stack so a hostile document cannot overflow it. */
function nestingDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_POLICY_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export function parsePolicy(raw: unknown): ParseResult {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return { ok: false, reason: 'empty', error: 'No policy is attached.' };
  }
  const decoded = decodePolicyText(raw);
  if (!decoded.ok) return { ok: false, reason: 'invalid', error: decoded.error };
  const doc = decoded.value;
  if (!isRecord(doc)) return { ok: false, reason: 'invalid', error: 'Policy is not a JSON object.' };

  const warnings: string[] = [];
  const rawStatements = doc.Statement;
  if (rawStatements === undefined) return { ok: false, reason: 'invalid', error: 'Policy has no Statement.' };
  const list = Array.isArray(rawStatements) ? rawStatements : [rawStatements];
  const statements = list.map((s, index) => parseStatement(s, index));
  for (const s of statements) {
    for (const p of s.problems) warnings.push(`Statement ${s.sid ?? `#${s.index + 1}`}: ${p}`);
  }
  return {
    ok: true,
    policy: {
      version: typeof doc.Version === 'string' ? doc.Version : undefined,
      id: typeof doc.Id === 'string' ? doc.Id : undefined,
      statements,
    },
    warnings,
  };
}

function parseStatement(raw: unknown, index: number): PolicyStatement {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    // Unreadable: keep it as a Deny with a problem so evaluation turns "unknown" instead of ignoring it.
    return { index, effect: 'Deny', conditions: [], problems: ['statement is not a JSON object'] };
  }
  const effect = parseEffect(raw.Effect, problems);
  const statement: PolicyStatement = {
    index,
    sid: typeof raw.Sid === 'string' ? raw.Sid : undefined,
    effect,
    conditions: parseConditions(raw.Condition, problems),
    problems,
  };
  if (raw.Principal !== undefined) statement.principal = parsePrincipal(raw.Principal, problems);
  if (raw.NotPrincipal !== undefined) statement.notPrincipal = parsePrincipal(raw.NotPrincipal, problems);
  if (raw.Action !== undefined) statement.actions = stringList(raw.Action, 'Action', problems);
  if (raw.NotAction !== undefined) statement.notActions = stringList(raw.NotAction, 'NotAction', problems);
  if (raw.Resource !== undefined) statement.resources = stringList(raw.Resource, 'Resource', problems);
  if (raw.NotResource !== undefined) statement.notResources = stringList(raw.NotResource, 'NotResource', problems);
  if (!statement.actions && !statement.notActions) problems.push('no Action or NotAction');
  if (!statement.resources && !statement.notResources) problems.push('no Resource or NotResource');
  return statement;
}

function parseEffect(raw: unknown, problems: string[]): Effect {
  if (raw === 'Allow' || raw === 'Deny') return raw;
  if (typeof raw === 'string' && /^(allow|deny)$/i.test(raw)) {
    problems.push(`Effect "${raw}" is not capitalised as AWS requires`);
    return raw.toLowerCase() === 'allow' ? 'Allow' : 'Deny';
  }
  problems.push(`unknown Effect ${JSON.stringify(raw)}`);
  return 'Deny';
}

function parsePrincipal(raw: unknown, problems: string[]): PrincipalSpec {
  if (raw === '*') return { kind: 'any' };
  if (isRecord(raw)) {
    const keys = Object.keys(raw);
    if (keys.length === 1 && keys[0] === 'AWS') {
      const values = stringList(raw.AWS, 'Principal.AWS', problems);
      return values.includes('*') ? { kind: 'any' } : { kind: 'aws', values };
    }
    return { kind: 'other', raw };
  }
  problems.push(`unreadable Principal ${JSON.stringify(raw)}`);
  return { kind: 'other', raw };
}

function parseConditions(raw: unknown, problems: string[]): ConditionClause[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) {
    problems.push('Condition is not an object');
    return [];
  }
  const clauses: ConditionClause[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    if (!isRecord(block)) {
      // e.g. the malformed AWS doc example `"StringNotEquals": ["vpce-…"]` without a key (docs/aws/policies.md#domain-invoke-policy).
      problems.push(`Condition operator ${operator} has no condition key`);
      continue;
    }
    for (const [key, values] of Object.entries(block)) {
      clauses.push({ operator, key, values: stringList(values, `${operator}.${key}`, problems) });
    }
  }
  return clauses;
}

/** Policy grammar allows a scalar or a list; numbers/booleans appear in conditions and compare as text. */
function stringList(raw: unknown, what: string, problems: string[]): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else problems.push(`${what} contains a non-string value ${JSON.stringify(v)}`);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
