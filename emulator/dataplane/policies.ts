/**
 * Policy evaluation for the data plane. The decisions come from the console's own pure evaluator (lib/policies: no
 * SDK, no I/O), so the emulator and the console's predictions read policies the same way; what the evaluator cannot
 * decide (a condition key it does not know) is refused here, since AWS would not grant on a guess.
 */
import { evaluateInvoke, type Caller } from '../../lib/policies/evaluate';
import { parsePolicy } from '../../lib/policies/parse';
import type { ShorthandScope } from '../../lib/policies/arn';
import type { DenyReason } from './answers';

/** The caller; an assumed-role session also carries its role's ARN, which a policy may name instead of the session. */
export type DataPlaneCaller = Caller & { roleArn?: string };

export interface PolicyQuestion {
  resource: string;
  caller: DataPlaneCaller;
  sourceVpce: string;
  sourceVpc: string;
  viaDomainArn?: string;
  scope?: ShorthandScope;
}

/** `allow`, or how the request is denied (no policy at all = nothing allows it). */
export function policyDecision(policyText: string | undefined, q: PolicyQuestion): 'allow' | 'implicit' | 'explicit' {
  if (policyText === undefined) return 'implicit';
  const parsed = parsePolicy(policyText);
  if (!parsed.ok) return 'implicit';
  // IAM: a statement naming the role applies to its sessions as much as one naming the session itself.
  const callers: Caller[] =
    q.caller.kind === 'iam' && q.caller.roleArn ? [q.caller, { ...q.caller, arn: q.caller.roleArn }] : [q.caller];
  const decisions = callers.map((caller) => evaluateInvoke(parsed.policy, { ...q, caller }).decision);
  if (decisions.includes('explicit-deny')) return 'explicit';
  return decisions.includes('allow') ? 'allow' : 'implicit';
}

/** Statements that let anyone do anything: the policy EC2 attaches by default, which needs no evaluation. */
export function isFullAccess(policyText: string): boolean {
  const parsed = parsePolicy(policyText);
  if (!parsed.ok) return false;
  return (
    parsed.policy.statements.length > 0 &&
    parsed.policy.statements.every(
      (s) =>
        s.effect === 'Allow' &&
        s.principal?.kind === 'any' &&
        s.actions?.includes('*') === true &&
        s.resources?.includes('*') === true &&
        s.conditions.length === 0 &&
        s.problems.length === 0,
    )
  );
}

export const endpointDenyReason = (d: 'implicit' | 'explicit'): DenyReason =>
  d === 'explicit' ? 'endpoint-explicit' : 'endpoint-implicit';
