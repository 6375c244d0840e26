import 'server-only';
import {
  DescribeVpcAttributeCommand,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
  type Tag,
} from '@aws-sdk/client-ec2';
import { labelDnsNames } from '@/lib/inventory/dns-names';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { isoTime, PAGE_SIZE } from './serialize';
import type { VpcEndpoint, VpcDnsAttributes, Subnet, Vpc } from '@/lib/model/vpc-endpoints';

function tagMap(tags: Tag[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : [])));
}

/** The Region's execute-api service name; other interface endpoints (and gateway endpoints) are not listed. */
export function executeApiServiceName(region: string): string {
  return `com.amazonaws.${region}.execute-api`;
}

export const listExecuteApiEndpoints = cachedReader(
  'listExecuteApiEndpoints',
  async (session: Session): Promise<VpcEndpoint[]> => {
    const client = getClients(session).ec2;
    const filters = [
      { Name: 'service-name', Values: [executeApiServiceName(session.region)] },
      { Name: 'vpc-endpoint-type', Values: ['Interface'] },
    ];
    const endpoints: VpcEndpoint[] = [];
    for await (const page of paginateDescribeVpcEndpoints({ client, pageSize: PAGE_SIZE.ec2 }, { Filters: filters })) {
      for (const e of page.VpcEndpoints ?? []) {
        const tags = tagMap(e.Tags);
        endpoints.push({
          id: e.VpcEndpointId ?? '',
          name: tags.Name,
          vpcId: e.VpcId ?? '',
          ownerId: e.OwnerId,
          state: (e.State ?? 'unknown').toLowerCase(),
          privateDnsEnabled: e.PrivateDnsEnabled ?? false,
          subnetIds: e.SubnetIds ?? [],
          securityGroups: (e.Groups ?? []).map((g) => ({ id: g.GroupId ?? '', name: g.GroupName })),
          dnsNames: labelDnsNames(
            (e.DnsEntries ?? []).map((d) => ({ dnsName: d.DnsName, hostedZoneId: d.HostedZoneId })),
          ),
          ipAddressType: e.IpAddressType,
          policyDocument: e.PolicyDocument,
          createdAt: isoTime(e.CreationTimestamp),
          tags,
        });
      }
    }
    return endpoints;
  },
);

/** Private DNS needs both attributes on; EC2 answers one attribute per call. */
export const getVpcDnsAttributes = cachedReader(
  'getVpcDnsAttributes',
  async (session: Session, vpcId: string): Promise<VpcDnsAttributes> => {
    const client = getClients(session).ec2;
    const [support, hostnames] = await Promise.all([
      client.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' })),
      client.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' })),
    ]);
    return {
      vpcId,
      enableDnsSupport: support.EnableDnsSupport?.Value ?? false,
      enableDnsHostnames: hostnames.EnableDnsHostnames?.Value ?? false,
    };
  },
);

// A sorted, joined key lets equal id lists share one cached call.
const subnetsByKey = cachedReader('subnetsByKey', async (session: Session, key: string): Promise<Subnet[]> => {
  const client = getClients(session).ec2;
  const subnets: Subnet[] = [];
  // A filter instead of SubnetIds: EC2 allows MaxResults with filters, and an unknown id does not fail the call.
  const input = { Filters: [{ Name: 'subnet-id', Values: key.split(',') }] };
  for await (const page of paginateDescribeSubnets({ client, pageSize: PAGE_SIZE.ec2 }, input)) {
    for (const s of page.Subnets ?? []) {
      subnets.push({
        id: s.SubnetId ?? '',
        vpcId: s.VpcId ?? '',
        availabilityZone: s.AvailabilityZone ?? '',
        availabilityZoneId: s.AvailabilityZoneId,
        cidrBlock: s.CidrBlock,
        name: tagMap(s.Tags).Name,
      });
    }
  }
  return subnets;
});

export async function listSubnets(session: Session, subnetIds: string[]): Promise<Subnet[]> {
  if (subnetIds.length === 0) return [];
  return subnetsByKey(session, [...new Set(subnetIds)].sort().join(','));
}

const vpcsByKey = cachedReader('vpcsByKey', async (session: Session, key: string): Promise<Vpc[]> => {
  const client = getClients(session).ec2;
  const vpcs: Vpc[] = [];
  const input = { Filters: [{ Name: 'vpc-id', Values: key.split(',') }] };
  for await (const page of paginateDescribeVpcs({ client, pageSize: PAGE_SIZE.ec2 }, input)) {
    for (const v of page.Vpcs ?? []) {
      vpcs.push({
        id: v.VpcId ?? '',
        name: tagMap(v.Tags).Name,
        cidrBlock: v.CidrBlock,
        isDefault: v.IsDefault ?? false,
      });
    }
  }
  return vpcs;
});

/** VPC names and CIDRs for the given ids (used to label endpoints). */
export async function listVpcs(session: Session, vpcIds: string[]): Promise<Vpc[]> {
  if (vpcIds.length === 0) return [];
  return vpcsByKey(session, [...new Set(vpcIds)].sort().join(','));
}
