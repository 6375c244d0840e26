import { z } from 'zod';
import { badRequest } from './errors';

/** Resource policies as API Gateway stores them (docs/aws/policies.md#private-api-resource-policy, docs/aws/policies.md#domain-invoke-policy, docs/aws/gotchas.md item 16). */

const MAX_POLICY_LENGTH = 8192;
/** Any JSON object with a Statement; other members are kept as written. */
const POLICY_DOCUMENT = z.looseObject({ Statement: z.unknown() }).refine((policy) => 'Statement' in policy);

function parsePolicy(text: string, what: string): Record<string, unknown> {
  if (text.length > MAX_POLICY_LENGTH)
    throw badRequest(`${what} exceeds the maximum length of ${MAX_POLICY_LENGTH} characters`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest(`Invalid policy document. Please check the policy syntax and try again. (${what})`);
  }
  const policy = POLICY_DOCUMENT.safeParse(parsed);
  if (!policy.success) throw badRequest(`Invalid policy document: ${what} must be a JSON object with a Statement`);
  return policy.data;
}

/** Replace `execute-api:/…` shorthands in every statement's Resource/NotResource with `expand(rest)`. */
function expandShorthand(policy: Record<string, unknown>, expand: (rest: string) => string): Record<string, unknown> {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  const mapResource = (r: unknown) =>
    typeof r === 'string' && r.startsWith('execute-api:/') ? expand(r.slice('execute-api:'.length)) : r;
  const expanded = statements.map((statement: Record<string, unknown>) => {
    const out = { ...statement };
    for (const key of ['Resource', 'NotResource']) {
      if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(mapResource);
      else if (out[key] !== undefined) out[key] = mapResource(out[key]);
    }
    return out;
  });
  return { ...policy, Statement: Array.isArray(policy.Statement) ? expanded : expanded[0] };
}

/**
 * RestApi.policy as GetRestApi returns it: shorthands expanded to
 * `arn:aws:execute-api:{region}:{account}:{apiId}/…`, and the JSON text itself backslash-escaped (`\"`, `\/`),
 * exactly the quirk consoles must parse around.
 */
export function storedRestApiPolicy(text: string, region: string, account: string, apiId: string): string {
  const policy = expandShorthand(
    parsePolicy(text, 'policy'),
    (rest) => `arn:aws:execute-api:${region}:${account}:${apiId}${rest}`,
  );
  return JSON.stringify(policy).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\//g, '\\/');
}

/** Private domain `policy` with `execute-api:/*` expanded to the domain's execute-api ARN. */
export function storedDomainPolicy(text: string, domainExecuteApiArn: string): string {
  const policy = expandShorthand(parsePolicy(text, 'policy'), (rest) =>
    rest === '/*' || rest === '/' ? domainExecuteApiArn : `${domainExecuteApiArn}${rest}`,
  );
  return JSON.stringify(policy);
}

/** What a new private domain gets when no policy is given: nothing may invoke it. */
export function denyAllDomainPolicy(domainExecuteApiArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: domainExecuteApiArn }],
  });
}

/** managementPolicy is stored as given, after a syntax check. */
export function storedManagementPolicy(text: string): string {
  parsePolicy(text, 'managementPolicy');
  return text;
}

/** The domain's ARN in the execute-api namespace, used as Resource in its invoke policy. */
export const domainExecuteApiArn = (region: string, account: string, name: string, id: string) =>
  `arn:aws:execute-api:${region}:${account}:/domainnames/${name}+${id}`;
