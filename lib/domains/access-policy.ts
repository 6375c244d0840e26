import { apiResourcePolicy, domainInvokePolicy, type PolicyJson } from '@/lib/policies';
import type { AccessMode } from './create-domain-schema';

/** What the policy forms hold: generated from sources, hand-written JSON, or (domains only) deny everything. */
export interface AccessChoice {
  mode: AccessMode;
  vpceIds: string[];
  vpcIds: string[];
  policyText: string;
}

/** The explicit deny-all invoke policy: what AWS puts on a new private domain when no policy is given. */
export function denyAllPolicy(resource: string): PolicyJson {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'DenyAll', Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: resource }],
  };
}

/**
 * The domain invoke policy an access choice stands for, with the domain's execute-api ARN as resource; undefined
 * while the choice is incomplete (no source picked). Custom text must have passed `customPolicyProblem`.
 */
export function domainPolicyFromAccess(access: AccessChoice, domainExecuteArn: string): unknown {
  if (access.mode === 'deny-all') return denyAllPolicy(domainExecuteArn);
  if (access.mode === 'custom') return JSON.parse(access.policyText) as unknown;
  if (access.vpceIds.length + access.vpcIds.length === 0) return undefined;
  return domainInvokePolicy(domainExecuteArn, { vpceIds: access.vpceIds, vpcIds: access.vpcIds });
}

/** The API resource policy an access choice stands for (APIs have no deny-all mode: a private API needs a policy). */
export function apiPolicyFromAccess(access: AccessChoice): unknown {
  if (access.mode === 'custom') return JSON.parse(access.policyText) as unknown;
  if (access.mode === 'deny-all' || access.vpceIds.length + access.vpcIds.length === 0) return undefined;
  return apiResourcePolicy({ vpceIds: access.vpceIds, vpcIds: access.vpcIds });
}
