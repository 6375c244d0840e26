import { apiResourcePolicy, domainInvokePolicy, restApiExecuteArn, type SourceAllowList } from '@/lib/policies';
import { policyShape, widenPolicy, type WidenResult } from '@/lib/policies/source-allow-list';
import { basePathLabel } from './base-path';
import type { CreateDomainInput } from './create-domain-schema';

/**
 * The ordered list of changes the create wizard makes. Pure: the caller supplies what it read from AWS (the
 * mapped APIs and their policies); the executor re-checks each step against AWS when it runs it, so running a
 * step twice never does the work twice.
 */

interface StepText {
  /** Stable across runs of the same input: the progress view and "Resume" key on it. */
  id: string;
  title: string;
  detail: string;
}

/** One change of the plan; each kind carries exactly what its executor needs. */
export type PlanStep = StepText &
  (
    | { kind: 'create-domain' }
    | { kind: 'create-mapping'; basePath: string; restApiId: string; stage: string }
    /** `stage` is the first mapped stage: the policy's example resource names it. */
    | { kind: 'update-api-policy'; restApiId: string; stage: string }
    | { kind: 'redeploy-stage'; restApiId: string; stage: string }
    | { kind: 'share-ram-new' }
    | { kind: 'share-ram-existing' }
    | { kind: 'share-management-policy' }
  );
export type PlanStepKind = PlanStep['kind'];

export interface MappedApiFacts {
  id: string;
  name: string;
  /** As GetRestApi returned it (possibly escaped); undefined = no policy. */
  policy?: string;
}

export interface PlanContext {
  region: string;
  accountId: string;
  apis: MappedApiFacts[];
}

export interface CreatePlan {
  steps: PlanStep[];
  /** Things that will not work after the plan ran, in words an operator can act on. */
  warnings: string[];
  /** The domain `policy` sent with CreateDomainName (undefined = AWS's deny-all default, chosen explicitly). */
  domainPolicy?: unknown;
  /** Per mapped API: what the console will do with its resource policy. */
  apiPolicies: { restApiId: string; apiName: string; result: WidenResult }[];
}

/** At creation time the domainNameId is unknown, so the domain policy uses the shorthand AWS expands on write. */
export const CREATE_TIME_DOMAIN_RESOURCE = 'execute-api:/*';

/** The sources (VPC endpoints / VPCs) the domain will allow, when the console can tell. */
export function domainAllowedSources(input: Pick<CreateDomainInput, 'access'>): SourceAllowList | undefined {
  const { access } = input;
  if (access.mode === 'generated') return { vpceIds: access.vpceIds, vpcIds: access.vpcIds };
  if (access.mode === 'custom') {
    const shape = policyShape(access.policyText);
    return shape.kind === 'source-allow-list' ? shape.sources : undefined;
  }
  return undefined;
}

export function domainPolicyFor(input: Pick<CreateDomainInput, 'access'>): unknown {
  const { access } = input;
  if (access.mode === 'generated')
    return domainInvokePolicy(CREATE_TIME_DOMAIN_RESOURCE, { vpceIds: access.vpceIds, vpcIds: access.vpcIds });
  if (access.mode === 'custom') return JSON.parse(access.policyText) as unknown;
  return undefined;
}

/** What widening one API's policy to the domain's sources would do. */
export function apiPolicyChange(
  api: MappedApiFacts,
  stage: string,
  sources: SourceAllowList,
  ctx: Pick<PlanContext, 'region' | 'accountId'>,
): WidenResult {
  return widenPolicy(api.policy, sources, {
    resource: restApiExecuteArn({
      region: ctx.region,
      accountId: ctx.accountId,
      apiId: api.id,
      stage,
      method: 'GET',
      path: '/',
    }),
    scope: { kind: 'rest-api', region: ctx.region, accountId: ctx.accountId, apiId: api.id },
    fresh: (src) => apiResourcePolicy(src),
  });
}

function describeSources(src: SourceAllowList): string {
  const parts = [...(src.vpceIds ?? []), ...(src.vpcIds ?? [])];
  return parts.length <= 3 ? parts.join(', ') : `${parts.slice(0, 3).join(', ')} and ${parts.length - 3} more`;
}

export function buildCreatePlan(input: CreateDomainInput, ctx: PlanContext): CreatePlan {
  const steps: PlanStep[] = [];
  const warnings: string[] = [];
  const sources = domainAllowedSources(input);

  const { access } = input;
  const policyWords =
    access.mode === 'generated'
      ? `invoke policy allowing ${describeSources({ vpceIds: access.vpceIds, vpcIds: access.vpcIds })}`
      : access.mode === 'custom'
        ? 'your hand-edited invoke policy'
        : 'the deny-all default policy (nothing can invoke it until you change the policy)';
  steps.push({
    id: 'domain',
    kind: 'create-domain',
    title: `Create private domain ${input.domainName}`,
    detail: `Certificate ${input.certificateArn.split('/').pop()}, ${input.securityPolicy}${input.endpointAccessMode ? `, ${input.endpointAccessMode} endpoint access` : ''}, ${policyWords}.`,
  });
  if (input.access.mode === 'deny-all')
    warnings.push(
      'The domain keeps the deny-all policy: every invocation gets 403 until you edit the policy on the domain page.',
    );

  for (const m of input.mappings) {
    const api = ctx.apis.find((a) => a.id === m.restApiId);
    steps.push({
      id: `mapping:${m.basePath}`,
      kind: 'create-mapping',
      title: `Map ${basePathLabel(m.basePath)}`,
      detail: `to ${api?.name ?? m.restApiId} (${m.restApiId}), stage ${m.stage}.`,
      basePath: m.basePath,
      restApiId: m.restApiId,
      stage: m.stage,
    });
  }

  const apiPolicies: CreatePlan['apiPolicies'] = [];
  const redeploys: PlanStep[] = [];
  const apiIds = [...new Set(input.mappings.map((m) => m.restApiId))];
  for (const apiId of apiIds) {
    const api = ctx.apis.find((a) => a.id === apiId) ?? { id: apiId, name: apiId };
    const stages = [...new Set(input.mappings.filter((m) => m.restApiId === apiId).map((m) => m.stage))];
    if (!sources) {
      if (input.access.mode === 'custom')
        warnings.push(
          `Make sure ${api.name}'s resource policy allows the endpoints your custom domain policy allows; the console cannot derive them from a hand-written policy.`,
        );
      continue;
    }
    const result = apiPolicyChange(api, stages[0], sources, ctx);
    apiPolicies.push({ restApiId: apiId, apiName: api.name, result });
    if (result.kind === 'unchanged') continue;
    if (result.kind === 'manual') {
      warnings.push(
        `${api.name}: ${result.reason} Until then callers allowed on the domain but not on the API get 403.`,
      );
      continue;
    }
    if (!input.updateApiPolicies) {
      warnings.push(
        `${api.name}'s resource policy does not allow ${describeSources(sources)}: calls through the domain from there will get 403 until the API policy allows them.`,
      );
      continue;
    }
    const verb = result.reason === 'widened' ? 'Add' : 'Attach a policy allowing';
    steps.push({
      id: `api-policy:${apiId}`,
      kind: 'update-api-policy',
      title: `Update ${api.name} resource policy`,
      detail: `${verb} ${describeSources(sources)}${result.reason === 'replaced-deny-all' ? ' (replaces a policy that allowed nothing)' : ''}.`,
      restApiId: apiId,
      stage: stages[0],
    });
    for (const stage of stages) {
      if (input.redeployStages) {
        redeploys.push({
          id: `redeploy:${apiId}:${stage}`,
          kind: 'redeploy-stage',
          title: `Redeploy ${api.name} stage ${stage}`,
          detail: 'API policy changes take effect only after a deployment.',
          restApiId: apiId,
          stage,
        });
      } else {
        warnings.push(
          `${api.name} stage ${stage} keeps its old policy until it is redeployed (API detail page → Redeploy).`,
        );
      }
    }
  }
  steps.push(...redeploys);

  const { sharing } = input;
  const who = sharing.principals.join(', ');
  if (sharing.mode === 'ram-new') {
    steps.push({
      id: 'share',
      kind: 'share-ram-new',
      title: `Share through RAM with ${who}`,
      detail: `New resource share "${sharing.shareName}" (apigateway:Domainnames). Accounts outside your organization get an invitation valid for 12 hours.`,
    });
  } else if (sharing.mode === 'ram-existing') {
    steps.push({
      id: 'share',
      kind: 'share-ram-existing',
      title: `Share through RAM with ${who}`,
      detail: `Adds the domain and principals to ${sharing.existingShareArn.split('/').pop()}.`,
    });
  } else if (sharing.mode === 'management-policy') {
    steps.push({
      id: 'share',
      kind: 'share-management-policy',
      title: `Allow ${who} to associate endpoints`,
      detail: 'Writes the domain managementPolicy (no RAM invitation: send the consumer the domain ARN yourself).',
    });
  }

  return { steps, warnings, domainPolicy: domainPolicyFor(input), apiPolicies };
}

/**
 * The step a client asks to run, rebuilt from the validated input rather than trusted from the browser; undefined
 * when the id does not belong to this input's plan.
 */
export function stepFromId(input: CreateDomainInput, stepId: string): PlanStep | undefined {
  const parts: (string | undefined)[] = stepId.split(':');
  if (parts.length > 3) return undefined;
  const [kind, a = '', b] = parts;
  const firstStage = (apiId: string) => input.mappings.find((m) => m.restApiId === apiId)?.stage;
  switch (kind) {
    case 'domain':
      return stepId === 'domain'
        ? { id: stepId, kind: 'create-domain', title: `Create private domain ${input.domainName}`, detail: '' }
        : undefined;
    case 'mapping': {
      const m = input.mappings.find((x) => x.basePath === a);
      return m && b === undefined
        ? {
            id: stepId,
            kind: 'create-mapping',
            title: `Map ${basePathLabel(m.basePath)}`,
            detail: '',
            basePath: m.basePath,
            restApiId: m.restApiId,
            stage: m.stage,
          }
        : undefined;
    }
    case 'api-policy': {
      const stage = firstStage(a);
      return input.updateApiPolicies && stage !== undefined && b === undefined
        ? { id: stepId, kind: 'update-api-policy', title: 'Update API policy', detail: '', restApiId: a, stage }
        : undefined;
    }
    case 'redeploy':
      return input.updateApiPolicies &&
        input.redeployStages &&
        b !== undefined &&
        input.mappings.some((m) => m.restApiId === a && m.stage === b)
        ? { id: stepId, kind: 'redeploy-stage', title: `Redeploy ${a} stage ${b}`, detail: '', restApiId: a, stage: b }
        : undefined;
    case 'share': {
      const kinds = {
        'ram-new': 'share-ram-new',
        'ram-existing': 'share-ram-existing',
        'management-policy': 'share-management-policy',
      } as const;
      return input.sharing.mode !== 'none' && stepId === 'share'
        ? { id: stepId, kind: kinds[input.sharing.mode], title: 'Share', detail: '' }
        : undefined;
    }
    default:
      return undefined;
  }
}
