import type { StageExport } from '@/lib/model/stage-export';
import { decodePolicyText } from '@/lib/policies/parse';

/** JSON with sorted keys, so two encodings of one policy compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function samePolicy(a: string | null | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  const left = decodePolicyText(a);
  const right = decodePolicyText(b);
  return left.ok && right.ok ? canonical(left.value) === canonical(right.value) : a === b;
}

/**
 * Whether the API's current policy and endpoint ids differ from what the stage serves (its export). `undefined`
 * when the export carries no policy: then it says nothing about what is deployed.
 */
export function undeployedChanges(
  current: { policy?: string | null; vpcEndpointIds: string[] },
  deployed: StageExport,
): boolean | undefined {
  if (deployed.policy === undefined) return undefined;
  if (!samePolicy(current.policy, deployed.policy)) return true;
  if (deployed.vpcEndpointIds === undefined) return false;
  const a = [...current.vpcEndpointIds].sort().join(',');
  return a !== [...deployed.vpcEndpointIds].sort().join(',');
}
