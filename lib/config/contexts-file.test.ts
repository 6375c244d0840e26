import { describe, expect, it } from 'vitest';
import { accountOfRole, isKnownRegion, parseContextsFile } from './contexts-file';

const GOOD_YAML = `contexts:
  - id: payments-prod
    label: Payments production
    roleArn: arn:aws:iam::123456789012:role/PrivateDomainsConsole
    externalId: ext-123
    regions: [eu-west-1]
  - id: sandbox
    label: Sandbox
    roleArn: arn:aws:iam::210987654321:role/Console
`;

describe('parseContextsFile', () => {
  it('reads YAML and JSON alike', () => {
    const yaml = parseContextsFile(GOOD_YAML, 'contexts.yaml');
    expect(yaml.contexts.map((c) => c.id)).toEqual(['payments-prod', 'sandbox']);
    const json = parseContextsFile(JSON.stringify(yaml), 'contexts.json');
    expect(json).toEqual(yaml);
  });

  it.each([
    [
      GOOD_YAML.replace('arn:aws:iam::123456789012:role/PrivateDomainsConsole', 'arn:aws:s3:::bucket'),
      /:4 \(contexts\.0\.roleArn\): roleArn: must be an IAM role ARN/,
    ],
    [GOOD_YAML.replace('[eu-west-1]', '[eu-wets-1]'), /:6 \(contexts\.0\.regions\.0\): regions: not a Region/],
    [
      GOOD_YAML.replace('id: sandbox', 'id: payments-prod'),
      /:7 \(contexts\.1\.id\): id: "payments-prod" is used twice/,
    ],
    [GOOD_YAML.replace('    label: Sandbox\n', ''), /contexts\.1\.label/],
    ['contexts: [\n  {"id": "a",\n', /contexts\.json:\d+: not valid JSON or YAML/],
    [GOOD_YAML.replace('externalId: ext-123', 'externalID: ext-123'), /:5? ?.*externalID|Unrecognized key/],
  ])('refuses a bad file with the line and the fix: %#', (text, message) => {
    expect(() => parseContextsFile(text, 'contexts.json')).toThrow(message);
  });
});

describe('helpers', () => {
  it.each([
    ['eu-west-1', true],
    ['us-gov-west-1', true],
    ['eu-wets-1', false],
    ['mars-north-1', false],
  ])('%s is a known Region: %s', (region, known) => {
    expect(isKnownRegion(region)).toBe(known);
  });

  it('takes the account from the role ARN', () => {
    expect(accountOfRole('arn:aws:iam::123456789012:role/path/Console')).toBe('123456789012');
  });
});
