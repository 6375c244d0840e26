import { describe, expect, it } from 'vitest';
import { checkDns, type HostedZoneInfo } from './dns-check';
import { endpoint } from './test-fixtures';
import type { DnsRecordInfo } from '@/lib/invoke/types';

const vpce = endpoint('vpce-0c22c0de5e72000e1');
const target = 'vpce-0c22c0de5e72000e1-abcd1234.execute-api.us-east-1.vpce.amazonaws.com';
const apiZone: HostedZoneInfo = { id: 'ZAPI', name: 'api.internal.example.com.', owningAccount: '222222222222' };
const parentZone: HostedZoneInfo = { id: 'ZPARENT', name: 'internal.example.com.', owningAccount: '222222222222' };
const unrelated: HostedZoneInfo = { id: 'ZOTHER', name: 'corp.example.org.', owningAccount: '222222222222' };
const managed: HostedZoneInfo = {
  id: 'ZMANAGED',
  name: 'execute-api.us-east-1.amazonaws.com.',
  owningService: 'vpce.amazonaws.com',
};

function alias(zone: HostedZoneInfo, type: string, dnsName = `${target}.`): DnsRecordInfo & { zone: { id: string } } {
  return {
    name: 'api.internal.example.com.',
    type,
    zone: { id: zone.id, name: zone.name, privateZone: true, vpcIds: [vpce.vpcId] },
    aliasTarget: { dnsName, hostedZoneId: 'Z7HUB22UULQXV' },
  };
}

const dnsOn = { vpcId: vpce.vpcId, enableDnsSupport: true, enableDnsHostnames: true };

describe('checkDns', () => {
  it('asks for an alias A record to the regional name when nothing exists', () => {
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: vpce,
      zones: [unrelated, managed],
      records: [],
      vpcDns: dnsOn,
    });
    expect(c.candidateZones).toEqual([]);
    expect(c.records).toEqual([
      {
        spec: {
          name: 'api.internal.example.com',
          type: 'A',
          aliasTarget: { dnsName: target, hostedZoneId: 'Z7HUB22UULQXV', evaluateTargetHealth: false },
        },
        status: { kind: 'missing' },
      },
    ]);
    expect(c.complete).toBe(false);
  });

  it('is complete when the alias exists in the zone the VPC resolves from and DNS attributes are on', () => {
    const c = checkDns({
      domainName: 'API.internal.example.com.',
      endpoint: vpce,
      zones: [apiZone],
      records: [alias(apiZone, 'A')],
      vpcDns: dnsOn,
    });
    expect(c.records[0].status).toEqual({ kind: 'present', zoneId: 'ZAPI' });
    expect(c.complete).toBe(true);
  });

  it('wants A and AAAA for a dualstack endpoint', () => {
    const dual = endpoint('vpce-0c22c0de5e72000e1', { ipAddressType: 'dualstack' });
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: dual,
      zones: [apiZone],
      records: [alias(apiZone, 'A')],
      vpcDns: dnsOn,
    });
    expect(c.records.map((r) => [r.spec.type, r.status.kind])).toEqual([
      ['A', 'present'],
      ['AAAA', 'missing'],
    ]);
    expect(c.complete).toBe(false);
  });

  it('uses the most specific zone: a record in the parent zone is shadowed', () => {
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: vpce,
      zones: [parentZone, apiZone],
      records: [alias(parentZone, 'A')],
      vpcDns: dnsOn,
    });
    expect(c.effectiveZone?.id).toBe('ZAPI');
    expect(c.candidateZones.map((z) => z.id)).toEqual(['ZAPI', 'ZPARENT']);
    expect(c.records[0].status.kind).toBe('missing');
  });

  it('reports a record that points at another endpoint', () => {
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: vpce,
      zones: [apiZone],
      records: [alias(apiZone, 'A', 'vpce-0aaa-xyz.execute-api.us-east-1.vpce.amazonaws.com.')],
      vpcDns: dnsOn,
    });
    expect(c.records[0].status).toEqual({
      kind: 'points-elsewhere',
      zoneId: 'ZAPI',
      target: 'vpce-0aaa-xyz.execute-api.us-east-1.vpce.amazonaws.com',
    });
  });

  it('accepts a CNAME to the endpoint and flags VPC DNS attributes that are off', () => {
    const cname: DnsRecordInfo & { zone: { id: string } } = {
      name: 'api.internal.example.com',
      type: 'CNAME',
      values: [target],
      zone: { id: 'ZPARENT', name: parentZone.name, privateZone: true, vpcIds: [vpce.vpcId] },
    };
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: vpce,
      zones: [parentZone],
      records: [cname],
      vpcDns: { ...dnsOn, enableDnsHostnames: false },
    });
    expect(c.records[0].status.kind).toBe('present');
    expect(c.vpcAttributesOff).toEqual(['enableDnsHostnames']);
    expect(c.complete).toBe(false);
  });

  it('explains an endpoint without a regional DNS name instead of throwing', () => {
    const c = checkDns({
      domainName: 'api.internal.example.com',
      endpoint: endpoint('vpce-0c22c0de5e72000e1', { dnsEntries: [] }),
      zones: [],
      records: [],
    });
    expect(c.noTargetReason).toMatch(/no regional DNS name/);
    expect(c.vpcAttributesOff).toBeUndefined();
  });
});
