import type { ShorthandScope } from '../../policies/arn';
import { evaluateInvoke } from '../../policies/evaluate';
import { parsePolicy } from '../../policies/parse';
import { SYMPTOMS } from '../symptoms';
import type { Prerequisite } from '../types';
import { callerLabel, type CheckContext } from './context';
import { met, notMet, unknown } from './prereq';

export interface PolicyCheck {
  id: string;
  label: string;
  /** Raw policy text; `undefined` = the caller cannot read it. */
  raw: string | null | undefined;
  resource: string;
  scope: ShorthandScope;
  /** What to change, given the endpoint/VPC being checked. */
  fix: string;
  /** Symptom to use when the deny is explicit/implicit; defaults to the AccessDenied wordings. */
  symptom?: string;
  /** For an unreadable policy: what to ask its owner. */
  askProvider?: string;
  /** Appended to the reason when met, e.g. a redeploy reminder. */
  afterNote?: string;
}

export function policyPrerequisite(ctx: CheckContext, c: PolicyCheck): Prerequisite {
  const who = callerLabel(ctx.caller);
  const src = ctx.vpce ? `${ctx.vpce.id} (VPC ${ctx.vpce.vpcId})` : 'the client endpoint';
  if (c.raw === undefined) {
    return unknown(
      c.id,
      c.label,
      'This account cannot read the policy.',
      c.fix,
      c.symptom ?? SYMPTOMS.policyImplicitDeny(c.resource, who),
      c.askProvider,
    );
  }
  const parsed = parsePolicy(c.raw);
  if (!parsed.ok) {
    return parsed.reason === 'empty'
      ? notMet(c.id, c.label, 'No policy is attached, so nothing is allowed.', c.fix, c.symptom ?? SYMPTOMS.noPolicy)
      : unknown(
          c.id,
          c.label,
          `The policy could not be read: ${parsed.error}`,
          c.fix,
          c.symptom ?? SYMPTOMS.policyImplicitDeny(c.resource, who),
        );
  }
  if (!ctx.vpce) {
    return unknown(
      c.id,
      c.label,
      'No endpoint is known, so the source cannot be checked.',
      c.fix,
      c.symptom ?? SYMPTOMS.policyImplicitDeny(c.resource, who),
    );
  }
  const r = evaluateInvoke(parsed.policy, {
    resource: c.resource,
    caller: ctx.caller,
    sourceVpce: ctx.vpce.id,
    sourceVpc: ctx.vpce.vpcId,
    scope: c.scope,
  });
  switch (r.decision) {
    case 'allow':
      return met(c.id, c.label, `${r.explanation} Source ${src}.${c.afterNote ? ` ${c.afterNote}` : ''}`);
    case 'explicit-deny':
      return notMet(
        c.id,
        c.label,
        `${r.explanation} Source ${src}.`,
        c.fix,
        c.symptom ?? SYMPTOMS.policyExplicitDeny(c.resource, who),
      );
    case 'implicit-deny':
      return notMet(
        c.id,
        c.label,
        `${r.explanation} Source ${src}.`,
        c.fix,
        c.symptom ?? SYMPTOMS.policyImplicitDeny(c.resource, who),
      );
    case 'unknown':
      return unknown(c.id, c.label, r.explanation, c.fix, c.symptom ?? SYMPTOMS.policyImplicitDeny(c.resource, who));
  }
}
