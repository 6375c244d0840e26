import 'server-only';
import { readStageExport } from '@/lib/aws/read/stage-export';
import type { Session } from '@/lib/aws/session';
import { undeployedChanges } from '@/lib/domains/stage-export-drift';
import type { StagesServingCurrent } from '@/lib/model/stage-export';
import { section } from '@/lib/result';

/**
 * Whether a stage serves the API's current policy and endpoint ids, read from the stage's export (the deployed
 * version): `undefined` when the export cannot be read or carries no policy.
 */
export async function stageServesCurrent(
  session: Session,
  api: { id: string; policy?: string | null; vpcEndpointIds: string[] },
  stage: string,
): Promise<boolean | undefined> {
  const deployed = await section(() => readStageExport(session, api.id, stage));
  if (!deployed.ok) return undefined;
  const changed = undeployedChanges(api, deployed.data);
  return changed === undefined ? undefined : !changed;
}

/**
 * Which of the API's stages serve its current policy and endpoint ids, from each stage's export: a change made
 * outside the console (no fingerprint, no tag) shows too.
 */
export async function loadStagesServingCurrent(
  session: Session,
  api: { id: string; policy?: string | null; vpcEndpointIds: string[] },
  stageNames: string[],
): Promise<StagesServingCurrent> {
  const read = await Promise.all(
    stageNames.map(async (stage) => [stage, await stageServesCurrent(session, api, stage)] as const),
  );
  return Object.fromEntries(read.filter((e): e is readonly [string, boolean] => e[1] !== undefined));
}
