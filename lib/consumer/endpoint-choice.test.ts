import { describe, expect, it } from 'vitest';
import { assessEndpoints, publicDomainsServedByEndpoints } from './endpoint-choice';
import { DOMAIN_ARN, OTHER_NAME_ARN, SAME_NAME_ARN, endpoint } from './test-fixtures';

const app = endpoint('vpce-0c22c0de5e72000e1');
const analytics = endpoint('vpce-0c22c0de5e72000e2', { vpcId: 'vpc-0c22c0de5e7200002', privateDnsEnabled: false });
const assoc = (domainNameArn: string, vpceId: string) => ({ arn: `${domainNameArn}/${vpceId}`, domainNameArn, vpceId });

describe('assessEndpoints', () => {
  it('offers free endpoints and notes private DNS being off', () => {
    const [a, b] = assessEndpoints({ domainNameArn: DOMAIN_ARN, endpoints: [app, analytics], associations: [] });
    expect(a).toMatchObject({ selectable: true, issues: [] });
    expect(b.selectable).toBe(true);
    expect(b.issues.map((i) => i.kind)).toEqual(['private-dns-off']);
  });

  it('refuses an endpoint already associated with a same-named domain of another owner', () => {
    const [a] = assessEndpoints({
      domainNameArn: DOMAIN_ARN,
      endpoints: [app],
      associations: [assoc(SAME_NAME_ARN, app.id)],
    });
    expect(a.selectable).toBe(false);
    expect(a.issues[0]).toMatchObject({ kind: 'same-name-domain', otherDomainArn: SAME_NAME_ARN });
    expect(a.issues[0].message).toMatch(/only one private domain of a given name/);
  });

  it('allows an endpoint associated with a differently named domain', () => {
    const [a] = assessEndpoints({
      domainNameArn: DOMAIN_ARN,
      endpoints: [app],
      associations: [assoc(OTHER_NAME_ARN, app.id)],
    });
    expect(a.selectable).toBe(true);
  });

  it('marks the endpoint already associated with this domain as not selectable', () => {
    const [a, b] = assessEndpoints({
      domainNameArn: DOMAIN_ARN,
      endpoints: [app, analytics],
      associations: [assoc(DOMAIN_ARN, app.id)],
    });
    expect(a.issues.map((i) => i.kind)).toEqual(['already-associated']);
    expect(a.selectable).toBe(false);
    expect(b.selectable).toBe(true);
  });

  it('refuses endpoints that are not available (EC2 state is lowercase)', () => {
    const [a] = assessEndpoints({
      domainNameArn: DOMAIN_ARN,
      endpoints: [endpoint('vpce-0c22c0de5e72000e1', { state: 'pendingAcceptance' })],
      associations: [],
    });
    expect(a.selectable).toBe(false);
    expect(a.issues[0].message).toMatch(/pendingacceptance/);
  });

  it('warns, without blocking, when the endpoint serves a public custom domain', () => {
    const [a] = assessEndpoints({
      domainNameArn: DOMAIN_ARN,
      endpoints: [app],
      associations: [],
      publicDomainsByEndpoint: { [app.id]: ['status.example.com'] },
    });
    expect(a.selectable).toBe(true);
    expect(a.issues[0]).toMatchObject({
      kind: 'serves-public-domain',
      severity: 'warning',
      names: ['status.example.com'],
    });
  });
});

describe('publicDomainsServedByEndpoints', () => {
  const zone = (vpcIds: string[]) => ({ id: 'Z1', name: 'example.com.', privateZone: true, vpcIds });
  const aliasTo = (name: string, dnsName: string, vpcIds = [app.vpcId]) => ({
    name,
    type: 'A',
    zone: zone(vpcIds),
    aliasTarget: { dnsName, hostedZoneId: 'Z7HUB22UULQXV' },
  });

  it('finds public domain names aliased to an endpoint in its own VPC', () => {
    const records = [
      aliasTo('status.example.com.', `dualstack.${app.dnsEntries[0].dnsName}.`),
      aliasTo('private.example.com.', app.dnsEntries[0].dnsName),
      aliasTo('status.example.com.', analytics.dnsEntries[0].dnsName, ['vpc-somewhere-else']),
    ];
    expect(publicDomainsServedByEndpoints([app, analytics], records, ['status.example.com'])).toEqual({
      [app.id]: ['status.example.com'],
    });
  });
});
