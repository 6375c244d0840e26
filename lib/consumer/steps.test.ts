import { describe, expect, it } from 'vitest';
import { consumerSteps, type StepFacts } from './steps';
import { checkDns } from './dns-check';
import { DOMAIN_ARN, endpoint } from './test-fixtures';

const vpce = endpoint('vpce-0c22c0de5e72000e1');
const base: StepFacts = {
  accountId: '222222222222',
  region: 'us-east-1',
  domain: { name: 'api.internal.example.com', arn: DOMAIN_ARN, ownerAccountId: '111111111111', region: 'us-east-1' },
  shared: true,
  pendingInvitation: false,
  endpointCount: 2,
  associations: [],
};
const association = { arn: 'arn:assoc', domainNameArn: DOMAIN_ARN, vpceId: vpce.id };
const zone = { id: 'ZAPI', name: 'api.internal.example.com' };
const dnsOn = { vpcId: vpce.vpcId, enableDnsSupport: true, enableDnsHostnames: true };
const record = {
  name: 'api.internal.example.com.',
  type: 'A',
  zone: { ...zone, privateZone: true, vpcIds: [vpce.vpcId] },
  aliasTarget: { dnsName: vpce.dnsEntries[0].dnsName, hostedZoneId: 'Z7HUB22UULQXV' },
};

const statuses = (f: StepFacts) => Object.fromEntries(consumerSteps(f).map((s) => [s.id, s.status]));
const why = (f: StepFacts, id: string) => consumerSteps(f).find((s) => s.id === id)?.why;

describe('consumerSteps', () => {
  it('starts with association to do and everything after it blocked, with reasons', () => {
    expect(statuses(base)).toEqual({
      access: 'done',
      associate: 'todo',
      dns: 'blocked',
      provider: 'blocked',
      invoke: 'blocked',
    });
    expect(why(base, 'dns')).toMatch(/Associate an endpoint first/);
    expect(why(base, 'provider')).toMatch(/needs its id/);
  });

  it('sends an unshared domain to the Sharing page, or to the provider', () => {
    expect(statuses({ ...base, shared: false, pendingInvitation: true })).toMatchObject({
      access: 'todo',
      associate: 'blocked',
    });
    const s = consumerSteps({ ...base, shared: false });
    expect(s[0]).toMatchObject({ status: 'blocked', owner: 'provider' });
    expect(s[0].why).toMatch(/has not shared this domain with account 222222222222, and no invitation/);
    expect(s[0].why).toMatch(/The provider must share it again/);
    expect(s[0].why).not.toMatch(/accept/i);
  });

  it('blocks association without endpoints, or in another Region', () => {
    expect(why({ ...base, endpointCount: 0 }, 'associate')).toMatch(/no execute-api interface endpoint in us-east-1/);
    expect(why({ ...base, region: 'eu-west-1' }, 'associate')).toMatch(/Switch the Region to us-east-1/);
  });

  it('after association: DNS to do (says what is missing), provider to do, invoke blocked on DNS', () => {
    const dns = checkDns({
      domainName: base.domain.name,
      endpoint: vpce,
      zones: [],
      records: [],
      vpcDns: { ...dnsOn, enableDnsSupport: false },
    });
    const f = { ...base, associations: [association], dns };
    expect(statuses(f)).toEqual({
      access: 'done',
      associate: 'done',
      dns: 'todo',
      provider: 'todo',
      invoke: 'blocked',
    });
    expect(why(f, 'associate')).toMatch(/up to 15 minutes/);
    expect(why(f, 'dns')).toMatch(/No private hosted zone.*enableDnsSupport off/);
    expect(why(f, 'invoke')).toMatch(/Needs the DNS record/);
  });

  it('with the record in place, invoke is the next thing to do and explains 403', () => {
    const dns = checkDns({
      domainName: base.domain.name,
      endpoint: vpce,
      zones: [zone],
      records: [record],
      vpcDns: dnsOn,
    });
    const f = { ...base, associations: [association], dns };
    expect(statuses(f)).toMatchObject({ dns: 'done', provider: 'todo', invoke: 'todo' });
    expect(why(f, 'invoke')).toMatch(/403 means the provider has not allowed your endpoint/);
    expect(why(f, 'invoke')).toMatch(/Call https:\/\/api\.internal\.example\.com\/… .*ask the provider/);
    expect(why({ ...f, basePath: 'ledger' }, 'invoke')).toMatch(
      /^Call https:\/\/api\.internal\.example\.com\/ledger\/… from inside the VPC\. A 403/,
    );
  });

  it('names the endpoint whose DNS works, and the ones that still need a record', () => {
    const dns = checkDns({
      domainName: base.domain.name,
      endpoint: vpce,
      zones: [zone],
      records: [record],
      vpcDns: dnsOn,
    });
    const f = {
      ...base,
      associations: [association],
      dns,
      dnsEndpointId: vpce.id,
      dnsIncompleteElsewhere: ['vpce-0c22c0de5e72000e2'],
    };
    expect(why(f, 'dns')).toBe(
      'Alias A for vpce-0c22c0de5e72000e1 in zone api.internal.example.com point at the endpoint. vpce-0c22c0de5e72000e2 still needs a working record (see below).',
    );
  });
});
