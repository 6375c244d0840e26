import { describe, expect, it } from 'vitest';
import type { StageExport } from '@/lib/model/stage-export';
import { undeployedChanges } from './stage-export-drift';

const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
};
const text = JSON.stringify(POLICY);
// GetRestApi hands policies back backslash-escaped.
const escaped = text.replace(/"/g, '\\"');
const reordered = JSON.stringify({ Statement: POLICY.Statement, Version: POLICY.Version });

type Row = [string, { policy: string | null; vpcEndpointIds: string[] }, StageExport, boolean | undefined];

describe('undeployedChanges', () => {
  it.each<Row>([
    [
      'same policy, escaped as GetRestApi returns it',
      { policy: escaped, vpcEndpointIds: [] },
      { policy: reordered },
      false,
    ],
    ['policy changed since', { policy: text.replace('Allow', 'Deny'), vpcEndpointIds: [] }, { policy: text }, true],
    ['policy removed since', { policy: null, vpcEndpointIds: [] }, { policy: text }, true],
    [
      'endpoint associated since',
      { policy: text, vpcEndpointIds: ['vpce-1', 'vpce-2'] },
      { policy: text, vpcEndpointIds: ['vpce-1'] },
      true,
    ],
    [
      'endpoints in another order',
      { policy: text, vpcEndpointIds: ['vpce-2', 'vpce-1'] },
      { policy: text, vpcEndpointIds: ['vpce-1', 'vpce-2'] },
      false,
    ],
    ['export without the policy extension', { policy: text, vpcEndpointIds: [] }, {}, undefined],
  ])('%s', (_name, current, deployed, expected) => {
    expect(undeployedChanges(current, deployed)).toBe(expected);
  });
});
