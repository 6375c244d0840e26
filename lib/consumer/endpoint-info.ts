/** The reader's endpoint shape, as the invoke engine and the consumer checks take it. */
import type { VpcEndpointInfo } from '@/lib/invoke/types';
import type { LabelledDnsName } from '@/lib/inventory/dns-names';

export interface ListedEndpoint {
  id: string;
  vpcId: string;
  ownerId?: string;
  state: string;
  privateDnsEnabled: boolean;
  dnsNames: LabelledDnsName[];
  ipAddressType?: string;
}

export function toEndpointInfo(e: ListedEndpoint, accountId: string, region: string): VpcEndpointInfo {
  return {
    id: e.id,
    vpcId: e.vpcId,
    ownerAccountId: e.ownerId ?? accountId,
    region,
    privateDnsEnabled: e.privateDnsEnabled,
    // Private DNS names carry no zone id the console can use; alias targets come from the regional entry.
    dnsEntries: e.dnsNames.map((d) => ({ dnsName: d.dnsName, hostedZoneId: d.hostedZoneId ?? '' })),
    ipAddressType: e.ipAddressType ?? 'ipv4',
    state: e.state,
  };
}
