import type { EmulatorState } from '../core/state';
import type { VpcRecord } from '../services/ec2/state';
import type { HostedZoneRecord, RecordSet } from '../services/route53/state';
import { endpointVpceNames, type DataPlaneEndpoint } from './endpoints';
import { aliasApiHost, parseExecuteApiHost } from './hosts';

/**
 * Who answered a name (docs/aws/url-forms.md#endpoint-dns-names, #dns-for-a-private-custom-domain):
 * - `private-dns`: the AWS-managed zone of an endpoint with private DNS on, attached to the VPC;
 * - `private-hosted-zone`: a Route 53 private hosted zone associated with the VPC;
 * - `vpce-public-dns`: the endpoint's public `vpce-….vpce.amazonaws.com` names (they resolve to its private addresses);
 * - `api-alias-public-dns`: the public `{api-id}-{vpce-id}.execute-api…` alias of an associated endpoint;
 * - `public-dns`: `{api-id}.execute-api…` in public DNS: API Gateway's public front door (front-door.ts), which
 *   refuses private APIs;
 * - `none`: nothing answers (NXDOMAIN, or the VPC resolver is off).
 */
export type AnsweredBy =
  'private-dns' | 'private-hosted-zone' | 'vpce-public-dns' | 'api-alias-public-dns' | 'public-dns' | 'none';

export interface Resolution {
  name: string;
  addresses: string[];
  answeredBy: AnsweredBy;
  /** Why nothing (or something unexpected) answered; also names the zone that answered. */
  reason?: string;
  /** The endpoint the addresses belong to. */
  vpcEndpointId?: string;
}

export type ResolveFrom = { vpcId: string } | { onPremises: true; vpcId?: string };

const MAX_CNAME_HOPS = 8;

/** Resolve `name` as a client in a VPC (or on premises, optionally through a Resolver inbound endpoint in a VPC) would. */
export function resolveName(
  state: EmulatorState,
  endpoints: DataPlaneEndpoint[],
  rawName: string,
  from: ResolveFrom,
  frontDoor?: string,
): Resolution {
  const name = rawName.toLowerCase().replace(/\.$/, '');
  const dns: Dns = { state, endpoints, frontDoor };
  if (from.vpcId === undefined) return publicAnswer(dns, name);
  const vpc = findVpc(state, from.vpcId);
  if (!vpc) return { name, addresses: [], answeredBy: 'none', reason: `VPC ${from.vpcId} does not exist` };
  if (!vpc.enableDnsSupport) {
    return {
      name,
      addresses: [],
      answeredBy: 'none',
      reason: `${vpc.vpcId} has enableDnsSupport off: the Amazon-provided resolver does not answer in it`,
    };
  }
  return resolveInVpc(dns, vpc, name, 0);
}

/** What answers names: the state's zones and endpoints, and the front door's address when it listens. */
interface Dns {
  state: EmulatorState;
  endpoints: DataPlaneEndpoint[];
  frontDoor: string | undefined;
}

function resolveInVpc(dns: Dns, vpc: VpcRecord, name: string, hops: number): Resolution {
  const { state, endpoints } = dns;
  const zone = mostSpecificZone(state, endpoints, vpc, name);
  if (!zone) return publicAnswer(dns, name);
  if (zone.kind === 'managed') {
    return {
      name,
      addresses: [zone.endpoint.address],
      answeredBy: 'private-dns',
      reason: `private DNS of ${zone.endpoint.record.vpcEndpointId} (zone ${zone.name})`,
      vpcEndpointId: zone.endpoint.record.vpcEndpointId,
    };
  }
  const record = findRecord(zone.zone, name);
  const where = `private hosted zone ${zone.zone.name} (${zone.zone.id})`;
  if (!record) {
    return { name, addresses: [], answeredBy: 'none', reason: `NXDOMAIN: no record for ${name} in ${where}` };
  }
  if (record.aliasTarget) {
    const target = record.aliasTarget.dnsName.replace(/\.$/, '');
    const endpoint = endpoints.find((e) => endpointVpceNames(state, e.record).includes(target));
    if (!endpoint) {
      return {
        name,
        addresses: [],
        answeredBy: 'private-hosted-zone',
        reason: `alias to ${target} in ${where}, which is no execute-api endpoint the emulator serves`,
      };
    }
    return {
      name,
      addresses: [endpoint.address],
      answeredBy: 'private-hosted-zone',
      reason: `alias ${record.type} to ${target} in ${where}`,
      vpcEndpointId: endpoint.record.vpcEndpointId,
    };
  }
  if (record.type === 'CNAME' && record.values?.[0] && hops < MAX_CNAME_HOPS) {
    const next = resolveInVpc(dns, vpc, record.values[0].toLowerCase().replace(/\.$/, ''), hops + 1);
    return {
      ...next,
      name,
      answeredBy: 'private-hosted-zone',
      reason: `CNAME to ${record.values[0]} in ${where}; ${next.reason ?? next.answeredBy}`,
    };
  }
  return {
    name,
    addresses: record.values ?? [],
    answeredBy: 'private-hosted-zone',
    reason: `${record.type} record in ${where}`,
  };
}

type ZoneMatch =
  | { kind: 'managed'; name: string; endpoint: DataPlaneEndpoint }
  | { kind: 'hosted'; name: string; zone: HostedZoneRecord };

/**
 * The private zone that answers for `name` in the VPC: the longest zone name containing it. The endpoint's managed
 * zone exists only when private DNS is on, which EC2 allows only with both DNS attributes on (model).
 */
function mostSpecificZone(
  state: EmulatorState,
  endpoints: DataPlaneEndpoint[],
  vpc: VpcRecord,
  name: string,
): ZoneMatch | undefined {
  const candidates: ZoneMatch[] = [];
  if (vpc.enableDnsHostnames) {
    for (const endpoint of endpoints) {
      const e = endpoint.record;
      if (e.vpcId !== vpc.vpcId || !e.privateDnsEnabled) continue;
      candidates.push({ kind: 'managed', name: `execute-api.${e.region}.amazonaws.com`, endpoint });
    }
  }
  for (const account of Object.values(state.route53.byAccount)) {
    for (const zone of Object.values(account.hostedZones)) {
      if (!zone.privateZone || !zone.vpcs.some((v) => v.vpcId === vpc.vpcId && v.vpcRegion === vpc.region)) continue;
      candidates.push({ kind: 'hosted', name: zone.name.replace(/\.$/, ''), zone });
    }
  }
  return candidates
    .filter((c) => name === c.name || name.endsWith(`.${c.name}`))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

/** The record set answering an A query for `name`: exact name first, then the closest wildcard. */
function findRecord(zone: HostedZoneRecord, name: string): RecordSet | undefined {
  const answers = (n: string) =>
    zone.records.find((r) => r.name === n && (r.type === 'A' || r.type === 'CNAME')) ??
    zone.records.find((r) => r.name === n && r.type === 'AAAA');
  const exact = answers(`${name}.`);
  if (exact) return exact;
  const labels = name.split('.');
  for (let i = 1; i < labels.length; i++) {
    const wildcard = answers(`*.${labels.slice(i).join('.')}.`);
    if (wildcard) return wildcard;
  }
  return undefined;
}

/**
 * What public DNS answers: endpoint names and deployed API aliases resolve to the endpoint, `{api-id}.execute-api…` to
 * API Gateway's public front door; nothing else here.
 */
function publicAnswer({ state, endpoints, frontDoor }: Dns, name: string): Resolution {
  const byVpceName = endpoints.find((e) => endpointVpceNames(state, e.record).includes(name));
  if (byVpceName) {
    return {
      name,
      addresses: [byVpceName.address],
      answeredBy: 'vpce-public-dns',
      vpcEndpointId: byVpceName.record.vpcEndpointId,
    };
  }
  const host = parseExecuteApiHost(name);
  if (host?.aliasVpce) {
    const endpoint = endpoints.find(
      (e) => e.record.vpcEndpointId === host.aliasVpce && e.record.region === host.region,
    );
    const associated = endpoint && aliasApiHost(state, host.apiId, endpoint.record);
    if (endpoint && associated === true) {
      return {
        name,
        addresses: [endpoint.address],
        answeredBy: 'api-alias-public-dns',
        vpcEndpointId: endpoint.record.vpcEndpointId,
      };
    }
    return {
      name,
      addresses: [],
      answeredBy: 'none',
      reason: `NXDOMAIN: ${typeof associated === 'string' ? associated : `${host.aliasVpce} is not an execute-api endpoint in ${host.region}`}`,
    };
  }
  if (host) {
    return {
      name,
      addresses: frontDoor ? [frontDoor] : [],
      answeredBy: 'public-dns',
      reason:
        "public DNS: API Gateway's public front door, which answers 403 Forbidden for private APIs; " +
        'from a VPC this name reaches an endpoint only with private DNS on' +
        (frontDoor ? '' : ' (the emulator could not open its front door, see the start-up warnings)'),
    };
  }
  return { name, addresses: [], answeredBy: 'none', reason: `NXDOMAIN: no private zone or public record for ${name}` };
}

export function findVpc(state: EmulatorState, vpcId: string): VpcRecord | undefined {
  for (const account of Object.values(state.ec2.byAccount)) {
    if (Object.hasOwn(account.vpcs, vpcId)) return account.vpcs[vpcId];
  }
  return undefined;
}
