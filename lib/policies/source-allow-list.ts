import type { ShorthandScope } from './arn';
import { evaluateInvoke } from './evaluate';
import type { PolicyJson, SourceAllowList } from './generate';
import { decodePolicyText, parsePolicy } from './parse';
import type { PolicyStatement } from './types';

/**
 * Reading and widening the "allow, then deny unless the source is listed" policies the console generates, so
 * "allow this consumer's endpoint too" can edit a policy without losing what it already allows.
 */

export type PolicyShape =
  /** No policy attached (a private API then denies everything). */
  | { kind: 'none' }
  /** No statement allows anything: the deny-all default of a new private domain, or an equivalent. */
  | { kind: 'deny-all' }
  /** The generator's shape; `sources` is what it allows. */
  | { kind: 'source-allow-list'; sources: Required<SourceAllowList>; resource: string[] }
  /** Anything else: the console will not rewrite it, only tell whether it already allows a source. */
  | { kind: 'custom' }
  | { kind: 'invalid'; error: string };

const SOURCE_KEYS: Partial<Record<string, keyof Required<SourceAllowList>>> = {
  'aws:sourcevpce': 'vpceIds',
  'aws:sourcevpc': 'vpcIds',
};

function isInvokeForAnyone(s: PolicyStatement): boolean {
  return (
    s.principal?.kind === 'any' &&
    !s.notPrincipal &&
    s.actions !== undefined &&
    s.actions.length > 0 &&
    s.actions.every((a) => /^execute-api:(Invoke|\*)$/i.test(a)) &&
    !s.notActions &&
    !s.notResources
  );
}

export function policyShape(raw: unknown): PolicyShape {
  const parsed = parsePolicy(raw);
  if (!parsed.ok) return parsed.reason === 'empty' ? { kind: 'none' } : { kind: 'invalid', error: parsed.error };
  const statements = parsed.policy.statements;
  if (statements.some((s) => s.problems.length > 0)) return { kind: 'custom' };
  if (!statements.some((s) => s.effect === 'Allow')) return { kind: 'deny-all' };
  if (statements.length !== 2) return { kind: 'custom' };
  const allow = statements.find((s) => s.effect === 'Allow');
  const deny = statements.find((s) => s.effect === 'Deny');
  if (!allow || !deny || !isInvokeForAnyone(allow) || !isInvokeForAnyone(deny) || allow.conditions.length > 0)
    return { kind: 'custom' };
  const sameResources =
    JSON.stringify([...(allow.resources ?? [])].sort()) === JSON.stringify([...(deny.resources ?? [])].sort());
  if (!sameResources || deny.conditions.length === 0) return { kind: 'custom' };
  const sources: Required<SourceAllowList> = { vpceIds: [], vpcIds: [] };
  for (const c of deny.conditions) {
    const key = SOURCE_KEYS[c.key.toLowerCase()];
    if (c.operator !== 'StringNotEquals' || !key) return { kind: 'custom' };
    sources[key].push(...c.values);
  }
  return { kind: 'source-allow-list', sources, resource: allow.resources ?? [] };
}

/** A VPCE id no real endpoint has: stands for "some endpoint in that VPC" when asking about a VPC. */
const ANY_ENDPOINT_IN_VPC = 'vpce-00000000000000000';

export interface AllowQuestion {
  /** Concrete execute-api ARN a request would be authorised against. */
  resource: string;
  scope?: ShorthandScope;
}

/** Sources of `wanted` that `raw` does not (certainly) allow for an anonymous caller. */
export function sourcesNotAllowed(raw: unknown, wanted: SourceAllowList, q: AllowQuestion): Required<SourceAllowList> {
  const parsed = parsePolicy(raw);
  const missing: Required<SourceAllowList> = { vpceIds: [], vpcIds: [] };
  const allows = (sourceVpce: string, sourceVpc?: string) =>
    parsed.ok &&
    evaluateInvoke(parsed.policy, {
      resource: q.resource,
      scope: q.scope,
      caller: { kind: 'anonymous' },
      sourceVpce,
      sourceVpc,
    }).decision === 'allow';
  for (const id of new Set(wanted.vpceIds ?? [])) if (!allows(id)) missing.vpceIds.push(id);
  for (const id of new Set(wanted.vpcIds ?? [])) if (!allows(ANY_ENDPOINT_IN_VPC, id)) missing.vpcIds.push(id);
  return missing;
}

export type WidenResult =
  | { kind: 'unchanged' }
  | { kind: 'updated'; policy: PolicyJson; reason: 'created' | 'replaced-deny-all' | 'widened' }
  | { kind: 'manual'; reason: string };

/**
 * The policy that additionally allows `add`. Generated-shape policies keep their sources and resources; no
 * policy or a deny-all one gets a fresh generated policy; a hand-written policy is never rewritten.
 */
export function widenPolicy(
  raw: unknown,
  add: SourceAllowList,
  q: AllowQuestion & { fresh: (src: SourceAllowList) => PolicyJson },
): WidenResult {
  const missing = sourcesNotAllowed(raw, add, q);
  if (missing.vpceIds.length === 0 && missing.vpcIds.length === 0) return { kind: 'unchanged' };
  const shape = policyShape(raw);
  switch (shape.kind) {
    case 'none':
      return { kind: 'updated', policy: q.fresh(add), reason: 'created' };
    case 'deny-all':
      return { kind: 'updated', policy: q.fresh(add), reason: 'replaced-deny-all' };
    case 'source-allow-list': {
      const merged = {
        vpceIds: [...new Set([...shape.sources.vpceIds, ...missing.vpceIds])],
        vpcIds: [...new Set([...shape.sources.vpcIds, ...missing.vpcIds])],
      };
      const policy = q.fresh(merged);
      // Keep the resources the policy already used (e.g. a stage-scoped `execute-api:/prod/*`).
      const resource = shape.resource.length === 1 ? shape.resource[0] : shape.resource;
      policy.Statement = policy.Statement.map((s) => ({ ...s, Resource: resource }));
      return { kind: 'updated', policy, reason: 'widened' };
    }
    case 'custom':
      return {
        kind: 'manual',
        reason: 'The policy is hand-written; the console does not rewrite it. Add the endpoints in the policy editor.',
      };
    case 'invalid':
      return {
        kind: 'manual',
        reason: `The current policy cannot be read (${shape.error}); fix it in the policy editor.`,
      };
  }
}

/** Pretty JSON for editors and diffs, whatever encoding AWS returned. */
export function policyToEditableText(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return '';
  const decoded = decodePolicyText(raw);
  if (decoded.ok) return JSON.stringify(decoded.value, null, 2);
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}
