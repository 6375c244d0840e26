import { describe, expect, it } from 'vitest';
import { summarizeInput } from './input-summary';
import { isMutation, targetsOf } from './aws-targets';

describe('summarizeInput', () => {
  it.each([
    [{ domainName: 'api.example.com' }, { domainName: 'api.example.com' }],
    [{ headers: [{ name: 'Authorization', value: 'Bearer x' }] }, { headers: '[redacted]' }],
    [
      { clientSecret: 's3cr3t', token: 'abc', password: '' },
      { clientSecret: '[redacted]', token: '[redacted]', password: '' },
    ],
    [{ policy: 'x'.repeat(300) }, { policy: `${'x'.repeat(200)}… (300 chars)` }],
    [{ a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: '{…}' } } } }],
  ])('%j → %j', (input, summary) => {
    expect(summarizeInput(input)).toEqual(summary);
  });
});

describe('targetsOf', () => {
  it.each([
    ['UpdateRestApi', true],
    ['CreateBasePathMapping', true],
    ['GetRestApis', false],
    ['DescribeVpcEndpoints', false],
    ['ListResourceShares', false],
  ])('%s mutates: %s', (name, mutates) => {
    expect(isMutation(name)).toBe(mutates);
  });

  it.each([
    [
      {},
      { service: 'apigateway', region: 'eu-west-1', path: '/restapis/abc/stages/prod' },
      ['arn:aws:apigateway:eu-west-1::/restapis/abc/stages/prod'],
    ],
    [
      { resourceShareArn: 'arn:aws:ram:eu-west-1:111111111111:resource-share/x', principals: ['222222222222'] },
      { service: 'ram', region: 'eu-west-1' },
      ['arn:aws:ram:eu-west-1:111111111111:resource-share/x'],
    ],
    [
      { VpcEndpointId: 'vpce-1', PrivateDnsEnabled: true },
      { service: 'ec2', region: 'eu-west-1', account: '222222222222' },
      ['arn:aws:ec2:eu-west-1:222222222222:vpc-endpoint/vpce-1'],
    ],
    [
      { HostedZoneId: '/hostedzone/Z1' },
      { service: 'route53', region: 'us-east-1' },
      ['arn:aws:route53:::hostedzone/Z1'],
    ],
  ])('%j → %j', (input, scope, targets) => {
    expect(targetsOf(input, scope)).toEqual(targets);
  });
});
