import 'server-only';
import { preflightDomainCreation } from '@/lib/services/domain-creation/preflight';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import type { CreatePlan } from '@/lib/domains/create-plan';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import type { ProviderExport, SharingSpec } from '@/lib/export/model';

/**
 * The wizard's plan as an export: the same preflight and the same `buildCreatePlan` the run uses, so the code
 * creates what "Create" would. Field errors the preflight finds become notes at the top of the code.
 */

function sharingOf(input: CreateDomainInput): SharingSpec {
  const { sharing } = input;
  switch (sharing.mode) {
    case 'none':
      return { kind: 'none' };
    case 'ram-new':
      return { kind: 'ram-new', shareName: sharing.shareName, principals: sharing.principals };
    case 'ram-existing':
      return { kind: 'ram-existing', shareArn: sharing.existingShareArn, principals: sharing.principals };
    case 'management-policy':
      return { kind: 'management-policy', principals: sharing.principals };
  }
}

export function planToExport(
  input: CreateDomainInput,
  plan: CreatePlan,
  ctx: { region: string; accountId: string; problems: string[] },
): ProviderExport {
  const names = new Map(plan.apiPolicies.map((a) => [a.restApiId, a.apiName]));
  const apiPolicies = plan.steps.flatMap((step) => {
    if (step.kind !== 'update-api-policy' || !step.restApiId) return [];
    const change = plan.apiPolicies.find((a) => a.restApiId === step.restApiId);
    if (change?.result.kind !== 'updated') return [];
    return [
      {
        restApiId: step.restApiId,
        apiName: change.apiName,
        policy: change.result.policy,
        redeployStages: plan.steps.flatMap((s) =>
          s.kind === 'redeploy-stage' && s.restApiId === step.restApiId && s.stage ? [s.stage] : [],
        ),
      },
    ];
  });
  return {
    kind: 'provider',
    origin: 'plan',
    region: ctx.region,
    accountId: ctx.accountId,
    domain: {
      domainName: input.domainName,
      certificateArn: input.certificateArn,
      securityPolicy: input.securityPolicy,
      endpointAccessMode: input.endpointAccessMode,
      policy: plan.domainPolicy,
    },
    mappings: input.mappings.map((m) => ({
      basePath: m.basePath,
      restApiId: m.restApiId,
      apiName: names.get(m.restApiId) ?? m.restApiId,
      stage: m.stage,
    })),
    apiPolicies,
    sharing: sharingOf(input),
    ownAssociations: [],
    otherAssociations: [],
    notes: [...ctx.problems.map((p) => `The wizard would stop here: ${p}`), ...plan.warnings],
  };
}

export async function exportCreatePlan(session: Session, input: CreateDomainInput): Promise<ProviderExport> {
  const [{ plan, fieldErrors }, identity] = await Promise.all([
    preflightDomainCreation(session, input),
    getCallerIdentity(session),
  ]);
  return planToExport(input, plan, {
    region: session.region,
    accountId: identity.account,
    problems: Object.values(fieldErrors),
  });
}
