import { describe, expect, it } from 'vitest';
import { labelDnsNames } from './dns-names';

describe('labelDnsNames, one name at a time', () => {
  it.each([
    ['vpce-022addb9cb8f25e46-r91kb8z0.execute-api.us-east-1.vpce.amazonaws.com', 'regional', undefined],
    ['vpce-022addb9cb8f25e46-4e9yt2ud-us-east-1d.execute-api.us-east-1.vpce.amazonaws.com', 'zonal', 'us-east-1d'],
    ['vpce-0e11c0de5e71000e1-abcd1234-eu-west-1b.execute-api.eu-west-1.vpce.amazonaws.com', 'zonal', 'eu-west-1b'],
    ['vpce-0a-x-ap-southeast-2a.execute-api.ap-southeast-2.vpce.amazonaws.com', 'zonal', 'ap-southeast-2a'],
    ['*.execute-api.us-east-1.amazonaws.com', 'private', undefined],
    ['execute-api.us-east-1.amazonaws.com', 'private', undefined],
  ])('%s is %s', (name, kind, az) => {
    const [labelled] = labelDnsNames([{ dnsName: name, hostedZoneId: 'Z1' }]);
    expect(labelled.kind).toBe(kind);
    expect(labelled.availabilityZone).toBe(az);
    expect(labelled.hostedZoneId).toBe('Z1');
  });
});

describe('labelDnsNames', () => {
  it('puts the regional name first, zonal names by AZ, private names last, and drops empty entries', () => {
    const out = labelDnsNames([
      { dnsName: '*.execute-api.us-east-1.amazonaws.com' },
      { dnsName: 'vpce-0a-abc-us-east-1b.execute-api.us-east-1.vpce.amazonaws.com' },
      { dnsName: 'vpce-0a-abc-us-east-1a.execute-api.us-east-1.vpce.amazonaws.com' },
      {},
      { dnsName: 'vpce-0a-abc.execute-api.us-east-1.vpce.amazonaws.com' },
    ]);
    expect(out.map((e) => `${e.kind}:${e.availabilityZone ?? ''}`)).toEqual([
      'regional:',
      'zonal:us-east-1a',
      'zonal:us-east-1b',
      'private:',
    ]);
  });
});
