import { describe, expect, it } from 'vitest';
import { classifyDnsEntries, consumerAliasRecords, recordCovers, recordTargetEndpoint, zoneCovers } from './dns';
import { aliasRecord, endpoint, VPC_ID, VPCE_HOST, VPCE_ZONE } from './fixtures';

describe('classifyDnsEntries', () => {
  // The five names the console shows for a two-subnet endpoint (docs/aws/url-forms.md#endpoint-dns-names), deliberately shuffled.
  const entries = [
    { dnsName: 'execute-api.us-east-1.amazonaws.com', hostedZoneId: 'ZP' },
    {
      dnsName: 'vpce-022addb9cb8f25e46-r91kb8z0-us-east-1d.execute-api.us-east-1.vpce.amazonaws.com',
      hostedZoneId: 'Z1',
    },
    { dnsName: '*.execute-api.us-east-1.amazonaws.com', hostedZoneId: 'ZP' },
    { dnsName: 'vpce-022addb9cb8f25e46-r91kb8z0.execute-api.us-east-1.vpce.amazonaws.com', hostedZoneId: 'Z1' },
    {
      dnsName: 'vpce-022addb9cb8f25e46-r91kb8z0-us-east-1a.execute-api.us-east-1.vpce.amazonaws.com',
      hostedZoneId: 'Z1',
    },
  ];

  it('finds regional, zonal and private-DNS names regardless of order', () => {
    const c = classifyDnsEntries(entries);
    expect(c.regional?.dnsName).toBe('vpce-022addb9cb8f25e46-r91kb8z0.execute-api.us-east-1.vpce.amazonaws.com');
    expect(c.zonal.map((z) => z.availabilityZone).sort()).toEqual(['us-east-1a', 'us-east-1d']);
    expect(c.privateDns.map((p) => p.dnsName).sort()).toEqual([
      '*.execute-api.us-east-1.amazonaws.com',
      'execute-api.us-east-1.amazonaws.com',
    ]);
    expect(c.other).toEqual([]);
  });

  it.each([
    ['gov-cloud zonal', 'vpce-0abc-1234abcd-us-gov-west-1a.execute-api.us-gov-west-1.vpce.amazonaws.com', 'zonal'],
    ['china regional', 'vpce-0abc-1234abcd.execute-api.cn-north-1.vpce.amazonaws.com.cn', 'regional'],
    ['trailing dot, upper case', 'VPCE-0ABC-1234ABCD.execute-api.us-east-1.vpce.amazonaws.com.', 'regional'],
    ['unrelated', 'example.com', 'other'],
  ])('%s', (_n, dnsName, kind) => {
    const c = classifyDnsEntries([{ dnsName, hostedZoneId: 'Z' }]);
    const got = c.regional ? 'regional' : c.zonal.length ? 'zonal' : c.privateDns.length ? 'privateDns' : 'other';
    expect(got).toBe(kind);
  });
});

describe('consumerAliasRecords', () => {
  it.each([
    ['ipv4', ['A']],
    ['dualstack', ['A', 'AAAA']],
    ['ipv6', ['AAAA']],
  ])('%s endpoint -> %j', (ipAddressType, types) => {
    const recs = consumerAliasRecords('API.Internal.Example.', endpoint({ ipAddressType }));
    expect(recs.map((r) => r.type)).toEqual(types);
    for (const r of recs) {
      expect(r).toMatchObject({
        name: 'api.internal.example',
        aliasTarget: { dnsName: VPCE_HOST, hostedZoneId: VPCE_ZONE, evaluateTargetHealth: false },
      });
    }
  });

  it('refuses an endpoint without a regional name', () => {
    expect(() => consumerAliasRecords('x.example', endpoint({ dnsEntries: [] }))).toThrow(/regional/);
  });
});

describe('record helpers', () => {
  it.each([
    ['api.internal.example.', 'api.internal.example', true],
    ['\\052.internal.example.', 'api.internal.example', true],
    ['*.internal.example', 'a.b.internal.example', false],
    ['other.example', 'api.internal.example', false],
  ])('%s covers %s = %s', (rec, host, r) => {
    expect(recordCovers(rec, host)).toBe(r);
  });

  it.each([
    ['alias with dualstack. prefix', { ...aliasRecord(VPC_ID, `dualstack.${VPCE_HOST}`) }, true],
    ['alias to zonal name', aliasRecord(VPC_ID, VPCE_HOST.replace('.execute-api', '-us-east-1a.execute-api')), true],
    [
      'CNAME',
      { ...aliasRecord(VPC_ID, VPCE_HOST), aliasTarget: undefined, type: 'CNAME', values: [`${VPCE_HOST}.`] },
      true,
    ],
    ['plain A', { ...aliasRecord(VPC_ID, VPCE_HOST), aliasTarget: undefined, values: ['10.0.0.1'] }, false],
  ])('recordTargetEndpoint: %s', (_n, rec, found) => {
    expect(recordTargetEndpoint(rec, [endpoint()])?.id !== undefined).toBe(found);
  });
});

describe('zoneCovers', () => {
  it.each([
    ['internal.example.com', 'internal.example.com', true],
    ['internal.example.com.', 'api.internal.example.com', true],
    ['Example.COM', 'a.b.example.com', true],
    ['api.internal.example.com', 'api.internal.example.com', true],
    // A zone named like a longer label is not a parent.
    ['example.com', 'api.badexample.com', false],
    ['api.internal.example.com', 'internal.example.com', false],
    ['other.com', 'api.internal.example.com', false],
  ])('zone %s covers %s: %s', (zone, domain, expected) => {
    expect(zoneCovers(zone, domain)).toBe(expected);
  });
});
