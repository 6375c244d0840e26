/**
 * Generators for the policy shapes the reference recommends. Output is a plain JSON object; stringify it for
 * `UpdateRestApi` / `UpdateDomainName` patch values.
 */

export interface PolicyJson {
  Version: '2012-10-17';
  Statement: Record<string, unknown>[];
}

export interface SourceAllowList {
  vpceIds?: string[];
  vpcIds?: string[];
}

function sourceCondition(src: SourceAllowList): Record<string, string[]> {
  const vpceIds = unique(src.vpceIds ?? []);
  const vpcIds = unique(src.vpcIds ?? []);
  if (vpceIds.length === 0 && vpcIds.length === 0) {
    throw new Error('At least one VPC endpoint or VPC must be allowed.');
  }
  const cond: Record<string, string[]> = {};
  if (vpceIds.length > 0) cond['aws:SourceVpce'] = vpceIds;
  if (vpcIds.length > 0) cond['aws:SourceVpc'] = vpcIds;
  return cond;
}

/**
 * Allow everything, then deny unless the request comes from one of the listed VPCEs **or** VPCs. Both keys sit
 * in one `StringNotEquals` block: keys are ANDed, so the deny fires only when neither matches (docs/aws/policies.md#private-api-resource-policy).
 */
function allowThenDenyUnlessSource(resource: string, src: SourceAllowList): PolicyJson {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowInvoke', Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: resource },
      {
        Sid: 'DenyOtherSources',
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: resource,
        Condition: { StringNotEquals: sourceCondition(src) },
      },
    ],
  };
}

/** Private API resource policy (docs/aws/policies.md#private-api-resource-policy). `resource` defaults to the whole API via shorthand. */
export function apiResourcePolicy(src: SourceAllowList, resource = 'execute-api:/*'): PolicyJson {
  return allowThenDenyUnlessSource(resource, src);
}

/** Private custom domain invoke `policy` with the domain's execute-api ARN as resource (docs/aws/policies.md#domain-invoke-policy). */
export function domainInvokePolicy(domainExecuteApiArn: string, src: SourceAllowList): PolicyJson {
  return allowThenDenyUnlessSource(domainExecuteApiArn, src);
}

/** managementPolicy letting other accounts create access associations (share without RAM, docs/aws/policies.md#management-policy). */
export function managementPolicy(domainApigatewayArn: string, accountIds: string[]): PolicyJson {
  const accounts = unique(accountIds);
  const bad = accounts.filter((a) => !/^\d{12}$/.test(a));
  if (bad.length > 0) throw new Error(`Not 12-digit account ids: ${bad.join(', ')}`);
  if (accounts.length === 0) throw new Error('At least one account id is required.');
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowCreateAccessAssociation',
        Effect: 'Allow',
        Principal: { AWS: accounts },
        Action: 'apigateway:CreateAccessAssociation',
        Resource: domainApigatewayArn,
      },
    ],
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
