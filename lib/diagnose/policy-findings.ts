import type { InvokeInput, ReadRestApiInfo } from '@/lib/invoke/types';
import { lintPolicy, type LintFinding } from '@/lib/policies/lint';
import { parsePolicy } from '@/lib/policies/parse';

export interface PolicyFindings {
  /** Which policy, e.g. "Resource policy of API a1b2c3d4e5". */
  policy: string;
  findings: LintFinding[];
}

function apiFindings(api: ReadRestApiInfo, knownEndpointIds: ReadonlySet<string> | undefined): PolicyFindings {
  const parsed = parsePolicy(api.policy);
  const scope = { kind: 'rest-api', region: api.region, accountId: api.accountId, apiId: api.id } as const;
  return {
    policy: `Resource policy of API ${api.id}`,
    findings: parsed.ok ? lintPolicy(parsed.policy, knownEndpointIds ? { scope, knownEndpointIds } : { scope }) : [],
  };
}

/**
 * Lint findings for every policy on the call's path that this account can read; policies without findings are left
 * out. `knownEndpointIds`: the endpoints of every account the operator can read, when they could all be read.
 */
export function policyFindings(input: InvokeInput, knownEndpointIds?: ReadonlySet<string>): PolicyFindings[] {
  const all: PolicyFindings[] = [];
  const { target } = input;
  if (target.kind === 'rest-api') {
    if (!target.api.unreadable) all.push(apiFindings(target.api, knownEndpointIds));
  } else {
    const d = target.domain;
    const parsed = parsePolicy(d.policy);
    const scope = {
      kind: 'domain',
      region: d.region,
      accountId: d.ownerAccountId,
      domainName: d.domainName,
      domainNameId: d.domainNameId,
    } as const;
    if (d.policy !== undefined)
      all.push({
        policy: `Invoke policy of ${d.domainName}`,
        findings: parsed.ok
          ? lintPolicy(parsed.policy, knownEndpointIds ? { scope, knownEndpointIds } : { scope })
          : [],
      });
    for (const api of target.mappedApis ?? []) if (!api.unreadable) all.push(apiFindings(api, knownEndpointIds));
  }
  return all.filter((p) => p.findings.length > 0);
}
