import { z } from 'zod';
import type { Organization } from '../../core/state';

/**
 * Does a private domain's managementPolicy let `callerAccount` create access associations with it?
 * A small IAM evaluator for the shapes AWS documents (docs/aws/policies.md#management-policy): Allow/Deny statements, Principal `*` or
 * `{AWS: [account | arn:aws:iam::ACCOUNT:…]}`, Action `apigateway:CreateAccessAssociation` (or wildcards), and the
 * conditions RAM writes (aws:PrincipalOrgID, aws:PrincipalAccount with StringEquals/StringNotEquals/StringLike).
 * A statement with a condition this evaluator does not understand never matches (deny by default).
 */
export function managementPolicyGrants(
  policyText: string | undefined,
  request: { callerAccount: string; domainArn: string; organization?: Organization },
): boolean {
  if (!policyText) return false;
  let document: unknown;
  try {
    document = JSON.parse(policyText);
  } catch {
    return false;
  }
  const policy = POLICY.safeParse(document);
  if (!policy.success) return false;
  const statements = Array.isArray(policy.data.Statement) ? policy.data.Statement : [policy.data.Statement];
  const context = requestContext(request.callerAccount, request.organization);
  const matching = statements.filter((s) => statementMatches(s, request, context));
  if (matching.some((s) => s.Effect === 'Deny')) return false;
  return matching.some((s) => s.Effect === 'Allow');
}

/** The members this evaluator reads; a policy of another shape grants nothing. */
const STATEMENT = z.object({
  Effect: z.string().optional(),
  Principal: z.unknown(),
  Action: z.unknown(),
  Resource: z.unknown(),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
const POLICY = z.object({ Statement: z.union([STATEMENT, z.array(STATEMENT)]) });
type Statement = z.infer<typeof STATEMENT>;

const ACTION = 'apigateway:CreateAccessAssociation';

function requestContext(account: string, organization: Organization | undefined): Record<string, string | undefined> {
  const inOrg = organization?.accounts.includes(account);
  return { 'aws:principalaccount': account, 'aws:principalorgid': inOrg ? organization?.id : undefined };
}

function statementMatches(
  s: Statement,
  request: { callerAccount: string; domainArn: string },
  context: Record<string, string | undefined>,
): boolean {
  return (
    list(s.Action).some((a) => globMatches(a, ACTION)) &&
    list(s.Resource).some((r) => globMatches(r, request.domainArn)) &&
    principalMatches(s.Principal, request.callerAccount) &&
    conditionsHold(s.Condition, context)
  );
}

function principalMatches(principal: unknown, account: string): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  return list((principal as { AWS?: unknown }).AWS).some(
    (p) => p === '*' || p === account || new RegExp(`^arn:aws:iam::${account}:`).test(p),
  );
}

function conditionsHold(condition: Statement['Condition'], context: Record<string, string | undefined>): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => {
      const actual = context[key.toLowerCase()];
      const values = list(expected);
      if (!(key.toLowerCase() in context)) return false;
      switch (operator) {
        case 'StringEquals':
          return actual !== undefined && values.includes(actual);
        case 'StringNotEquals':
          return actual === undefined || !values.includes(actual);
        case 'StringLike':
          return actual !== undefined && values.some((v) => globMatches(v, actual));
        case 'StringNotLike':
          return actual === undefined || !values.some((v) => globMatches(v, actual));
        default:
          return false;
      }
    }),
  );
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** IAM wildcard match (`*` any run, `?` one char), case-insensitive for actions. */
function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.split('?').map(escapeRegex).join('.'))
      .join('.*')}$`,
    'i',
  );
  return regex.test(value);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
