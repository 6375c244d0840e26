/** ARNs that execute-api policies talk about (docs/aws/resources.md#private-custom-domain-name, docs/aws/policies.md#private-api-resource-policy–docs/aws/policies.md#management-policy); domain ARNs live in lib/domains/arn.ts. */
import { partitionOf } from '@/lib/aws-metadata/regions';
import { domainExecuteApiArn, type DomainRef } from '@/lib/domains/arn';

export interface RestApiArnParts {
  region: string;
  accountId: string;
  apiId: string;
  stage?: string;
  method?: string;
  /** Resource path as the client sends it after the stage, e.g. `/pets/1`; `*` for any. */
  path?: string;
}

/** `arn:{p}:execute-api:{region}:{account}:{api-id}/{stage}/{METHOD}/{path}` — what a request is authorised against. */
export function restApiExecuteArn(p: RestApiArnParts): string {
  const path = (p.path ?? '*').replace(/^\//, '');
  return `arn:${partitionOf(p.region)}:execute-api:${p.region}:${p.accountId}:${p.apiId}/${p.stage ?? '*'}/${p.method ?? '*'}/${path}`;
}

/** What `execute-api:/…` shorthand means in the policy being read: an API's policy or a private domain's policy. */
export type ShorthandScope =
  { kind: 'rest-api'; region: string; accountId: string; apiId: string } | ({ kind: 'domain' } & DomainRef);

/**
 * Expands `execute-api:/…` the way API Gateway does when it stores a policy (docs/aws/policies.md#private-api-resource-policy, docs/aws/policies.md#domain-invoke-policy), so that
 * freshly written and read-back policies compare and evaluate alike. Other resources are returned unchanged.
 */
export function expandShorthand(resource: string, scope: ShorthandScope | undefined): string {
  if (!scope || !resource.startsWith('execute-api:/')) return resource;
  const rest = resource.slice('execute-api:/'.length);
  if (scope.kind === 'rest-api') {
    return `arn:${partitionOf(scope.region)}:execute-api:${scope.region}:${scope.accountId}:${scope.apiId}/${rest}`;
  }
  // The domain policy's `execute-api:/*` is stored as the bare domain ARN (docs/aws/policies.md#domain-invoke-policy, CLI example).
  const base = domainExecuteApiArn(scope);
  return rest === '*' || rest === '' ? base : `${base}/${rest}`;
}
