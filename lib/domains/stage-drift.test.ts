import { describe, expect, it } from 'vitest';
import { configFingerprint, deploymentDescription, POLICY_CHANGED_AT_TAG, stageDrift } from './stage-drift';

const config = { policy: '{"Version":"2012-10-17"}', vpcEndpointIds: ['vpce-b', 'vpce-a'], tags: {} };

describe('stageDrift', () => {
  it('is in sync when the deployment recorded the current configuration', () => {
    expect(stageDrift(config, { description: deploymentDescription('Redeploy', config) })).toBe('in-sync');
    expect(configFingerprint({ ...config, vpcEndpointIds: ['vpce-a', 'vpce-b'] })).toBe(configFingerprint(config));
  });

  it('notices a policy or association change after a console deployment', () => {
    const deployment = { description: deploymentDescription('Redeploy', config) };
    expect(stageDrift({ ...config, policy: '{}' }, deployment)).toBe('changed');
    expect(stageDrift({ ...config, vpcEndpointIds: ['vpce-a'] }, deployment)).toBe('changed');
  });

  it('falls back to the change-time tag for deployments made elsewhere', () => {
    const deployment = { description: 'seed', createdDate: '2026-11-25T10:00:00Z' };
    expect(stageDrift({ ...config, tags: { [POLICY_CHANGED_AT_TAG]: '2026-11-25T11:00:00Z' } }, deployment)).toBe(
      'changed',
    );
    expect(stageDrift({ ...config, tags: { [POLICY_CHANGED_AT_TAG]: '2026-11-25T09:00:00Z' } }, deployment)).toBe(
      'in-sync',
    );
    expect(stageDrift(config, deployment)).toBe('unknown');
  });

  it('a stage without a deployment needs one', () => {
    expect(stageDrift(config, undefined)).toBe('changed');
  });
});
