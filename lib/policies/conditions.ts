import { globMatch } from './glob';
import type { ConditionClause } from './types';

/** Three-valued logic: `maybe` when this evaluator cannot decide (unsupported operator or key). */
export type Tri = 'yes' | 'no' | 'maybe';

/** Request context keys the evaluator knows; absent keys are "not present in the request". */
export interface ConditionContext {
  'aws:SourceVpce'?: string;
  'aws:SourceVpc'?: string;
  /** The private custom domain a request came through (`execute-api:viaDomainArn`, VPC endpoint policies). */
  'execute-api:viaDomainArn'?: string;
}

const SUPPORTED_KEYS: Partial<Record<string, keyof ConditionContext>> = {
  'aws:sourcevpce': 'aws:SourceVpce',
  'aws:sourcevpc': 'aws:SourceVpc',
  'execute-api:viadomainarn': 'execute-api:viaDomainArn',
};

type BaseOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringLike'
  | 'StringNotLike'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike'
  | 'Null';
const BASE_OPERATORS: BaseOperator[] = [
  'StringEquals',
  'StringNotEquals',
  'StringLike',
  'StringNotLike',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
];

interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues';
  base: BaseOperator;
  ifExists: boolean;
}

export function parseOperator(operator: string): ParsedOperator | undefined {
  let rest = operator;
  let set: ParsedOperator['set'];
  const prefix = /^(ForAnyValue|ForAllValues):/i.exec(rest);
  if (prefix) {
    set = prefix[1].toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    rest = rest.slice(prefix[0].length);
  }
  const ifExists = /IfExists$/i.test(rest);
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  // Operator names are case-insensitive in IAM.
  const base = BASE_OPERATORS.find((b) => b.toLowerCase() === rest.toLowerCase());
  return base ? { set, base, ifExists } : undefined;
}

/** Does one request value satisfy the positive form of the operator against any policy value? */
function matchesAny(base: BaseOperator, requestValue: string, policyValues: string[]): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return policyValues.includes(requestValue);
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return policyValues.some((p) => p.toLowerCase() === requestValue.toLowerCase());
    // IAM's ArnEquals and ArnLike both accept wildcards in each ARN part.
    case 'StringLike':
    case 'StringNotLike':
    case 'ArnEquals':
    case 'ArnNotEquals':
    case 'ArnLike':
    case 'ArnNotLike':
      return policyValues.some((p) => globMatch(p, requestValue));
    case 'Null':
      return false;
  }
}

const NEGATED: ReadonlySet<BaseOperator> = new Set([
  'StringNotEquals',
  'StringNotLike',
  'StringNotEqualsIgnoreCase',
  'ArnNotEquals',
  'ArnNotLike',
]);

/**
 * Evaluates one (operator, key, values) clause. Semantics follow IAM for single-valued keys:
 * - plain negated operators are true when the key is absent; positive ones false;
 * - `ForAllValues:` is vacuously true on an absent key, `ForAnyValue:` false;
 * - `…IfExists` is true on an absent key.
 */
export function evaluateClause(clause: ConditionClause, ctx: ConditionContext): { result: Tri; reason?: string } {
  const op = parseOperator(clause.operator);
  if (!op) return { result: 'maybe', reason: `condition operator ${clause.operator} is not evaluated by the console` };
  const key = SUPPORTED_KEYS[clause.key.toLowerCase()];
  if (!key) return { result: 'maybe', reason: `condition key ${clause.key} is not known to the console` };
  const value = ctx[key];

  if (op.base === 'Null') {
    const wantsAbsent = clause.values.some((v) => v.toLowerCase() === 'true');
    return { result: (value === undefined) === wantsAbsent ? 'yes' : 'no' };
  }
  if (value === undefined) {
    if (op.ifExists || op.set === 'ForAllValues') return { result: 'yes' };
    if (op.set === 'ForAnyValue') return { result: 'no' };
    return { result: NEGATED.has(op.base) ? 'yes' : 'no' };
  }
  const positive = matchesAny(op.base, value, clause.values);
  return { result: (NEGATED.has(op.base) ? !positive : positive) ? 'yes' : 'no' };
}

/** All clauses of a statement are ANDed. */
export function evaluateConditions(
  clauses: ConditionClause[],
  ctx: ConditionContext,
): { result: Tri; reasons: string[] } {
  let result: Tri = 'yes';
  const reasons: string[] = [];
  for (const clause of clauses) {
    const r = evaluateClause(clause, ctx);
    if (r.result === 'no') return { result: 'no', reasons: [] };
    if (r.result === 'maybe') {
      result = 'maybe';
      if (r.reason) reasons.push(r.reason);
    }
  }
  return { result, reasons };
}
