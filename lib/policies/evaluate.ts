import { expandShorthand, type ShorthandScope } from './arn';
import { evaluateConditions, type ConditionContext, type Tri } from './conditions';
import { globMatch } from './glob';
import type { PolicyDocument, PolicyStatement, PrincipalSpec } from './types';

/**
 * Who is calling. Requests without SigV4 are anonymous (docs/aws/policies.md#vpc-endpoint-policy); an IAM caller may be only partly known
 * (the console rarely knows which role a client will sign with).
 */
export type Caller = { kind: 'anonymous' } | { kind: 'iam'; accountId?: string; arn?: string };

export interface InvokeQuestion {
  /** Full ARN of what is invoked: `restApiExecuteArn(...)` or `domainExecuteApiArn(...)`. */
  resource: string;
  caller: Caller;
  sourceVpce?: string;
  sourceVpc?: string;
  /** Execute-api ARN of the private custom domain the request came through, if any. */
  viaDomainArn?: string;
  /** Defaults to `execute-api:Invoke`. */
  action?: string;
  /** How to read `execute-api:/…` shorthand still present in hand-written policies. */
  scope?: ShorthandScope;
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';

export interface Evaluation {
  decision: Decision;
  /** The statement that decided (explicit deny, or the first allow); absent for implicit deny. */
  decidedBy?: PolicyStatement;
  /** Statements whose applicability could not be decided, and why. */
  undecided: { statement: PolicyStatement; reasons: string[] }[];
  /** One sentence an operator can read. */
  explanation: string;
}

export function evaluateInvoke(policy: PolicyDocument, q: InvokeQuestion): Evaluation {
  const action = q.action ?? 'execute-api:Invoke';
  const ctx: ConditionContext = {
    'aws:SourceVpce': q.sourceVpce,
    'aws:SourceVpc': q.sourceVpc,
    'execute-api:viaDomainArn': q.viaDomainArn,
  };
  const results = policy.statements.map((statement) => ({ statement, ...statementApplies(statement, q, action, ctx) }));
  const undecided = results
    .filter((r) => r.applies === 'maybe')
    .map((r) => ({ statement: r.statement, reasons: r.reasons }));

  const deny = results.find((r) => r.statement.effect === 'Deny' && r.applies === 'yes');
  if (deny) {
    return {
      decision: 'explicit-deny',
      decidedBy: deny.statement,
      undecided,
      explanation: `Explicitly denied by ${label(deny.statement)}.`,
    };
  }
  const maybeDeny = results.find((r) => r.statement.effect === 'Deny' && r.applies === 'maybe');
  const allow = results.find((r) => r.statement.effect === 'Allow' && r.applies === 'yes');
  const maybeAllow = results.find((r) => r.statement.effect === 'Allow' && r.applies === 'maybe');

  if (allow && !maybeDeny) {
    return {
      decision: 'allow',
      decidedBy: allow.statement,
      undecided,
      explanation: `Allowed by ${label(allow.statement)}.`,
    };
  }
  // Here an Allow applies but a Deny might too, or no Allow surely applies: the first doubt is the one to explain.
  const doubt = maybeDeny ?? maybeAllow;
  if (!allow && !maybeAllow) {
    // Whatever an undecidable Deny does, the request is refused; only the error wording would differ.
    return { decision: 'implicit-deny', undecided, explanation: 'No statement allows this request (default deny).' };
  }
  if (!doubt) throw new Error('evaluateInvoke: an undecided request has no doubtful statement');
  return {
    decision: 'unknown',
    decidedBy: allow?.statement,
    undecided,
    explanation: `Cannot decide: ${label(doubt.statement)} — ${doubt.reasons.join('; ')}.`,
  };
}

function label(s: PolicyStatement): string {
  return s.sid ? `statement "${s.sid}"` : `statement #${s.index + 1}`;
}

function statementApplies(
  s: PolicyStatement,
  q: InvokeQuestion,
  action: string,
  ctx: ConditionContext,
): { applies: Tri; reasons: string[] } {
  const parts: { result: Tri; reason?: string }[] = [];
  if (s.problems.length > 0) parts.push({ result: 'maybe', reason: s.problems.join('; ') });
  parts.push(principalPart(s, q.caller));
  parts.push(actionPart(s, action));
  parts.push(resourcePart(s, q));
  const cond = evaluateConditions(s.conditions, ctx);
  parts.push({ result: cond.result, reason: cond.reasons.join('; ') || undefined });

  if (parts.some((p) => p.result === 'no')) return { applies: 'no', reasons: [] };
  const reasons = parts.flatMap((p) => (p.result === 'maybe' && p.reason ? [p.reason] : []));
  return parts.some((p) => p.result === 'maybe') ? { applies: 'maybe', reasons } : { applies: 'yes', reasons: [] };
}

function principalPart(s: PolicyStatement, caller: Caller): { result: Tri; reason?: string } {
  if (s.principal) return principalMatches(s.principal, caller);
  if (s.notPrincipal) {
    const m = principalMatches(s.notPrincipal, caller);
    return { result: m.result === 'maybe' ? 'maybe' : m.result === 'yes' ? 'no' : 'yes', reason: m.reason };
  }
  // A resource policy statement without a principal is invalid; AWS would have rejected it on write.
  return { result: 'maybe', reason: 'statement has no Principal' };
}

function principalMatches(p: PrincipalSpec, caller: Caller): { result: Tri; reason?: string } {
  if (p.kind === 'any') return { result: 'yes' };
  if (p.kind === 'other') return { result: 'no' };
  // Named AWS principals never match anonymous callers (docs/aws/url-forms.md#failure-modes: "User: anonymous is not authorized").
  if (caller.kind === 'anonymous') return { result: 'no' };
  let unknown = false;
  for (const v of p.values) {
    const account = /^\d{12}$/.test(v) ? v : /^arn:[^:]+:iam::(\d{12}):root$/.exec(v)?.[1];
    if (account) {
      if (caller.accountId === undefined) unknown = true;
      else if (caller.accountId === account) return { result: 'yes' };
    } else if (caller.arn === undefined) {
      unknown = true;
    } else if (globMatch(v, caller.arn)) {
      return { result: 'yes' };
    }
  }
  return unknown
    ? { result: 'maybe', reason: 'the IAM identity that will sign the request is not known' }
    : { result: 'no' };
}

function actionPart(s: PolicyStatement, action: string): { result: Tri } {
  // Action names are case-insensitive in IAM.
  const hit = (list: string[]) => list.some((a) => globMatch(a, action, true));
  if (s.actions) return { result: hit(s.actions) ? 'yes' : 'no' };
  if (s.notActions) return { result: hit(s.notActions) ? 'no' : 'yes' };
  return { result: 'maybe' };
}

function resourcePart(s: PolicyStatement, q: InvokeQuestion): { result: Tri } {
  const hit = (list: string[]) => list.some((r) => globMatch(expandShorthand(r, q.scope), q.resource));
  if (s.resources) return { result: hit(s.resources) ? 'yes' : 'no' };
  if (s.notResources) return { result: hit(s.notResources) ? 'no' : 'yes' };
  return { result: 'maybe' };
}
