import { evaluateInvoke } from '../../policies/evaluate';
import { parsePolicy } from '../../policies/parse';
import { SYMPTOMS } from '../symptoms';
import type { Prerequisite } from '../types';
import { callerLabel, type CheckContext } from './context';
import { met, notMet, unknown } from './prereq';

export const ENDPOINT_POLICY_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-vpc-endpoint-policies.html';

export interface EndpointPolicyTarget {
  /** Execute-api ARN of the request on the API that serves it; `undefined` when the caller cannot tell which API. */
  resource?: string;
  /** Execute-api ARN of the private custom domain the request comes through. */
  viaDomainArn?: string;
  /** Shown in the fix: what the endpoint policy must allow. */
  shown: string;
}

/**
 * The client's own endpoint policy is evaluated before any API Gateway policy (docs/aws/policies.md#vpc-endpoint-policy): a deny there is a
 * 403 on every form going through that endpoint, whatever the API and domain policies say.
 */
export function endpointPolicyAllows(ctx: CheckContext, target: EndpointPolicyTarget): Prerequisite | undefined {
  const vpce = ctx.vpce;
  if (!vpce) return undefined;
  const id = 'endpoint-policy';
  const label = `Endpoint policy of ${vpce.id} allows execute-api:Invoke`;
  const fix = `ModifyVpcEndpoint on ${vpce.id} (endpoint owner ${vpce.ownerAccountId}): allow execute-api:Invoke on ${target.shown} in its PolicyDocument, or reset it to the default full-access policy. See ${ENDPOINT_POLICY_DOC}`;
  const who = callerLabel(ctx.caller);
  const shownArn = target.resource ?? target.shown;
  if (vpce.policy === undefined) return met(id, label, `${vpce.id} has the default full-access policy.`);
  const parsed = parsePolicy(vpce.policy);
  if (!parsed.ok)
    return unknown(
      id,
      label,
      `The endpoint policy could not be read: ${parsed.error}`,
      fix,
      SYMPTOMS.endpointPolicyDenies(shownArn, who),
    );
  // A consumer cannot tell which API a base path maps to: try a resource no API-specific statement names.
  const resource = target.resource ?? target.viaDomainArn ?? '';
  const r = evaluateInvoke(parsed.policy, {
    resource,
    caller: ctx.caller,
    sourceVpce: vpce.id,
    sourceVpc: vpce.vpcId,
    viaDomainArn: target.viaDomainArn,
  });
  if (r.decision === 'allow') return met(id, label, r.explanation);
  if (r.decision === 'explicit-deny' || (r.decision === 'implicit-deny' && target.resource !== undefined))
    return notMet(id, label, r.explanation, fix, SYMPTOMS.endpointPolicyDenies(shownArn, who));
  const why =
    r.decision === 'unknown'
      ? r.explanation
      : `No statement allows the domain's requests as such; whether one allows the API behind the base path is not known here.`;
  return unknown(id, label, why, fix, SYMPTOMS.endpointPolicyDenies(shownArn, who));
}
