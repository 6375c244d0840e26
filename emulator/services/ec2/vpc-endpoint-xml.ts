import { dnsEntries } from './dns-entries';
import type { Ec2State, VpcEndpointRecord } from './state';
import { tagSet } from './tag-set';
import type { Ec2Value } from './xml';
import { entry } from '../../core/entry';

export function vpcEndpointXml(ec2: Ec2State, e: VpcEndpointRecord, state = e.state): Ec2Value {
  const isInterface = e.vpcEndpointType === 'Interface';
  return {
    vpcEndpointId: e.vpcEndpointId,
    vpcEndpointType: e.vpcEndpointType,
    vpcId: e.vpcId,
    serviceName: e.serviceName,
    state,
    policyDocument: e.policyDocument,
    routeTableIdSet: e.routeTableIds,
    subnetIdSet: e.subnetIds,
    groupSet: e.securityGroupIds.map((groupId) => ({
      groupId,
      groupName: entry(entry(ec2.byAccount, e.ownerId)?.securityGroups ?? {}, groupId)?.groupName,
    })),
    ipAddressType: isInterface ? e.ipAddressType : undefined,
    dnsOptions: isInterface ? { dnsRecordIpType: e.ipAddressType === 'ipv6' ? 'ipv6' : e.ipAddressType } : undefined,
    privateDnsEnabled: e.privateDnsEnabled,
    requesterManaged: false,
    networkInterfaceIdSet: e.networkInterfaceIds,
    dnsEntrySet: dnsEntries(ec2, e),
    creationTimestamp: e.creationTimestamp,
    tagSet: tagSet(e.tags),
    ownerId: e.ownerId,
    serviceRegion: e.region,
  };
}
