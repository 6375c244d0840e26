import { expandShorthand, type ShorthandScope } from './arn';
import { parseOperator } from './conditions';
import { parsePolicy } from './parse';
import type { PolicyStatement, PrincipalSpec } from './types';

/**
 * Semantic comparison: what AWS stores differs textually from what was written (escaping, shorthand expansion,
 * scalar vs list, key order, Sid). Two policies are equivalent when their canonical statement sets are equal.
 */

export interface PolicyDiff {
  equivalent: boolean;
  /** Canonical statements (JSON text) present only in `a` / only in `b`. */
  onlyInA: string[];
  onlyInB: string[];
  /** Set when either side could not be parsed; nothing is claimed equivalent then. */
  error?: string;
}

export function diffPolicies(a: unknown, b: unknown, scope?: ShorthandScope): PolicyDiff {
  const ca = canonicalStatements(a, scope);
  const cb = canonicalStatements(b, scope);
  if ('error' in ca || 'error' in cb) {
    const error = ['error' in ca ? `first: ${ca.error}` : '', 'error' in cb ? `second: ${cb.error}` : '']
      .filter(Boolean)
      .join('; ');
    return { equivalent: false, onlyInA: [], onlyInB: [], error };
  }
  const onlyInA = [...ca.set].filter((s) => !cb.set.has(s));
  const onlyInB = [...cb.set].filter((s) => !ca.set.has(s));
  return { equivalent: onlyInA.length === 0 && onlyInB.length === 0, onlyInA, onlyInB };
}

export function policiesEquivalent(a: unknown, b: unknown, scope?: ShorthandScope): boolean {
  return diffPolicies(a, b, scope).equivalent;
}

function canonicalStatements(
  raw: unknown,
  scope: ShorthandScope | undefined,
): { set: Set<string> } | { error: string } {
  const parsed = parsePolicy(raw);
  // "No policy" is a legitimate state and equals another empty policy.
  if (!parsed.ok) return parsed.reason === 'empty' ? { set: new Set() } : { error: parsed.error };
  const problems = parsed.policy.statements.flatMap((s) => s.problems);
  if (problems.length > 0) return { error: problems.join('; ') };
  return { set: new Set(parsed.policy.statements.map((s) => JSON.stringify(canonicalStatement(s, scope)))) };
}

function canonicalStatement(s: PolicyStatement, scope: ShorthandScope | undefined): unknown[] {
  const sorted = (v: string[] | undefined, f: (x: string) => string = (x) => x) =>
    v ? [...new Set(v.map(f))].sort() : null;
  const expand = (r: string) => expandShorthand(r, scope);
  const conditions = s.conditions
    .map((c) => {
      const op = parseOperator(c.operator);
      const opName = op ? `${op.set ? `${op.set}:` : ''}${op.base}${op.ifExists ? 'IfExists' : ''}` : c.operator;
      return [opName, c.key.toLowerCase(), sorted(c.values)];
    })
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return [
    s.effect,
    canonicalPrincipal(s.principal),
    canonicalPrincipal(s.notPrincipal),
    sorted(s.actions, (a) => a.toLowerCase()),
    sorted(s.notActions, (a) => a.toLowerCase()),
    sorted(s.resources, expand),
    sorted(s.notResources, expand),
    conditions,
  ];
}

function canonicalPrincipal(p: PrincipalSpec | undefined): unknown {
  if (!p) return null;
  if (p.kind === 'any') return '*';
  // API Gateway may store `123456789012` as `arn:aws:iam::123456789012:root`; both mean the account.
  if (p.kind === 'aws')
    return { AWS: [...new Set(p.values.map((v) => /^arn:[^:]+:iam::(\d{12}):root$/.exec(v)?.[1] ?? v))].sort() };
  return { other: p.raw };
}
