import { domainExecuteApiArn } from '@/lib/domains/arn';
import { partitionOf } from '@/lib/aws-metadata/regions';
import { expandShorthand, type ShorthandScope } from './arn';
import { globMatch } from './glob';
import type { PolicyDocument, PolicyStatement } from './types';

export type LintRule = 'invoke-without-source' | 'source-ip' | 'unknown-endpoint' | 'resource-mismatch';

export interface LintFinding {
  rule: LintRule;
  /** `statement "Sid"` or `statement #n`. */
  statement: string;
  message: string;
  /** The AWS documentation page that explains the rule. */
  docUrl: string;
}

export interface LintContext {
  /** The API or domain the policy is attached to: resources must name it, and `execute-api:/…` expands against it. */
  scope?: ShorthandScope;
  /** Endpoint ids owned by the accounts the console can see; omitted when they are not known. */
  knownEndpointIds?: ReadonlySet<string>;
}

export const LINT_DOCS: Record<LintRule, string> = {
  'invoke-without-source':
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html#apigateway-resource-policies-source-vpc-example',
  'source-ip':
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-vpcsourceip',
  'unknown-endpoint':
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-api-create.html#apigateway-private-api-set-up-resource-policy',
  'resource-mismatch':
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-aws-condition-keys.html',
};

const SOURCE_KEYS = new Set(['aws:sourcevpce', 'aws:sourcevpc']);

/**
 * Mistakes in an execute-api resource policy that AWS accepts on write but that make it wider or narrower than
 * meant. Pure: the caller supplies what the policy is attached to and which endpoints exist.
 */
export function lintPolicy(policy: PolicyDocument, ctx: LintContext = {}): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (rule: LintRule, s: PolicyStatement, message: string) =>
    findings.push({ rule, statement: statementLabel(s), message, docUrl: LINT_DOCS[rule] });
  // AWS's own pattern restricts the source in a Deny next to a broad Allow: any source condition counts.
  const restrictsSource = policy.statements.some((s) => s.conditions.some((c) => SOURCE_KEYS.has(c.key.toLowerCase())));
  for (const s of policy.statements) {
    if (s.effect === 'Allow' && allowsInvoke(s) && !restrictsSource)
      add(
        'invoke-without-source',
        s,
        'Allows execute-api:Invoke with no aws:SourceVpce or aws:SourceVpc condition: every VPC endpoint in the Region, other accounts’ included, may call.',
      );
    for (const c of s.conditions) {
      const key = c.key.toLowerCase();
      if (key === 'aws:sourceip')
        add(
          'source-ip',
          s,
          'aws:SourceIp never matches a request that comes through a VPC endpoint; use aws:VpcSourceIp for private addresses.',
        );
      if (key === 'aws:sourcevpce' && ctx.knownEndpointIds)
        for (const id of c.values)
          if (!/[*?]/.test(id) && !ctx.knownEndpointIds.has(id))
            add('unknown-endpoint', s, `${id} is not an endpoint of any account this console can see.`);
    }
    if (ctx.scope) for (const r of s.resources ?? []) lintResource(r, ctx.scope, (m) => add('resource-mismatch', s, m));
  }
  return findings;
}

function allowsInvoke(s: PolicyStatement): boolean {
  if (s.actions) return s.actions.some((a) => globMatch(a, 'execute-api:Invoke', true));
  return s.notActions ? !s.notActions.some((a) => globMatch(a, 'execute-api:Invoke', true)) : false;
}

function lintResource(resource: string, scope: ShorthandScope, report: (message: string) => void): void {
  const expanded = expandShorthand(resource, scope);
  if (expanded === '*') return;
  if (scope.kind === 'rest-api') {
    const api = `arn:${partitionOf(scope.region)}:execute-api:${scope.region}:${scope.accountId}:${scope.apiId}`;
    const head = expanded.split('/')[0] ?? expanded;
    if (!globMatch(head, api)) report(`Resource ${resource} does not name API ${scope.apiId}, so it never applies.`);
    return;
  }
  const domain = domainExecuteApiArn(scope);
  if (!globMatch(expanded, domain) && !expanded.startsWith(`${domain}/`))
    report(`Resource ${resource} does not name the domain ${domain}, so it never applies.`);
}

function statementLabel(s: PolicyStatement): string {
  return s.sid ? `statement "${s.sid}"` : `statement #${s.index + 1}`;
}
