import type { StageExport } from '@/lib/model/stage-export';
import { policiesEquivalent } from '@/lib/policies/compare';

/**
 * Whether the API's current policy and endpoint ids differ from what the stage serves (its export). `undefined`
 * when the export carries no policy: then it says nothing about what is deployed.
 */
export function undeployedChanges(
  current: { policy?: string | null; vpcEndpointIds: string[] },
  deployed: StageExport,
): boolean | undefined {
  if (deployed.policy === undefined) return undefined;
  // Same text, or the same statements however AWS escaped or ordered them.
  if (current.policy !== deployed.policy && !policiesEquivalent(current.policy, deployed.policy)) return true;
  if (deployed.vpcEndpointIds === undefined) return false;
  const a = [...current.vpcEndpointIds].sort().join(',');
  return a !== [...deployed.vpcEndpointIds].sort().join(',');
}
