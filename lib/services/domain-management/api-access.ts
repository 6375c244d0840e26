import 'server-only';
import type { Session } from '@/lib/aws/session';
import { readRestApi, redeployStage, replaceRestApiPolicy } from '@/lib/aws/write/rest-apis';
import { apiPolicyChange } from '@/lib/domains/create-plan';
import type { SourceAllowList } from '@/lib/policies';
import type { PlannedChange } from './change-run';

export interface ApiAccessPlan {
  /** Outcomes that change nothing: already allowed, a hand-written policy to edit by hand, a redeploy left to do. */
  notes: string[];
  changes: PlannedChange[];
}

/**
 * What it takes for a mapped API to let the domain's callers through: its resource policy widened to `sources`,
 * then each mapped stage redeployed (API policy changes take effect only after a deployment). Reads only.
 */
export async function planApiAccess(
  session: Session,
  account: string,
  target: { restApiId: string; stages: string[]; redeploy: boolean },
  sources: SourceAllowList,
): Promise<ApiAccessPlan> {
  const { restApiId, stages, redeploy } = target;
  const api = await readRestApi(session, restApiId);
  const name = api.name ?? restApiId;
  const change = apiPolicyChange({ id: restApiId, name, policy: api.policy }, stages[0] ?? '', sources, {
    region: session.region,
    accountId: account,
  });
  if (change.kind === 'manual') return { notes: [`${name}: not changed – ${change.reason}`], changes: [] };
  if (change.kind === 'unchanged') return { notes: [], changes: [] };
  const policy = JSON.stringify(change.policy);
  const changes: PlannedChange[] = [
    {
      done: `${name}: resource policy updated`,
      what: `${name}: resource policy`,
      apply: () => replaceRestApiPolicy(session, restApiId, policy),
      hint: { operation: 'apigateway:UpdateRestApi', resource: `/restapis/${restApiId}` },
    },
  ];
  if (!redeploy) return { notes: [`${name}: redeploy ${stages.join(', ')} for the change to take effect`], changes };
  for (const stage of stages)
    changes.push({
      done: `${name}: stage ${stage} redeployed`,
      what: `${name}: stage ${stage} (not redeployed)`,
      apply: () => redeployStage(session, restApiId, stage, 'Console: allow domain endpoints'),
      hint: { operation: 'apigateway:CreateDeployment', resource: `/restapis/${restApiId}/stages/${stage}` },
    });
  return { notes: [], changes };
}
