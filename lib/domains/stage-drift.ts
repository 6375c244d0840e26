/**
 * "Did the API's policy or endpoint association change after this stage was last deployed?" AWS does not say
 * (docs/aws/gotchas.md item 4: both only take effect after CreateDeployment). The console records two facts itself: a fingerprint
 * of the configuration in the description of every deployment it makes, and the time of every policy or
 * association change it makes in an API tag. Changes made outside the console after a non-console deployment
 * are not detectable; the drift is then `unknown`.
 */

export const POLICY_CHANGED_AT_TAG = 'console:policy-changed-at';
const FINGERPRINT = /\[config ([0-9a-f]{8})\]/;

export interface DeployableConfig {
  policy?: string;
  vpcEndpointIds: string[];
}

/** FNV-1a over the policy text and the sorted endpoint ids: short, stable, good enough to notice a change. */
export function configFingerprint(c: DeployableConfig): string {
  const text = `${c.policy ?? ''}\n${[...c.vpcEndpointIds].sort().join(',')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function deploymentDescription(reason: string, c: DeployableConfig): string {
  return `${reason} [config ${configFingerprint(c)}]`;
}

export type StageDrift = 'in-sync' | 'changed' | 'unknown';

export function stageDrift(
  current: DeployableConfig & { tags: Record<string, string> },
  deployment: { description?: string; createdDate?: string } | undefined,
): StageDrift {
  if (!deployment) return 'changed';
  const recorded = FINGERPRINT.exec(deployment.description ?? '')?.[1];
  if (recorded) return recorded === configFingerprint(current) ? 'in-sync' : 'changed';
  const changedAt = current.tags[POLICY_CHANGED_AT_TAG];
  if (changedAt && deployment.createdDate)
    return new Date(changedAt).getTime() > new Date(deployment.createdDate).getTime() ? 'changed' : 'in-sync';
  return 'unknown';
}
