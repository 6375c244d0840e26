import type { LabelledDnsName } from '@/lib/inventory/dns-names';
import type { ListPage } from './paging';

export interface VpcEndpoint {
  id: string;
  /** Value of the `Name` tag, if any. */
  name?: string;
  vpcId: string;
  ownerId?: string;
  /** Lowercase, as EC2 returns it (`available`, `pending`, …) whatever the model's capitalisation says. */
  state: string;
  privateDnsEnabled: boolean;
  subnetIds: string[];
  securityGroups: { id: string; name?: string }[];
  dnsNames: LabelledDnsName[];
  ipAddressType?: string;
  policyDocument?: string;
  createdAt?: string;
  tags: Record<string, string>;
}

export interface VpcDnsAttributes {
  vpcId: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
}

export interface Subnet {
  id: string;
  vpcId: string;
  availabilityZone: string;
  availabilityZoneId?: string;
  cidrBlock?: string;
  name?: string;
}

export interface Vpc {
  id: string;
  name?: string;
  cidrBlock?: string;
  isDefault: boolean;
}

/** A private API that lists an endpoint in its `vpcEndpointIds`. */
export interface ListingApi {
  id: string;
  name: string;
}

/** An access association this account created for one of its endpoints. */
export interface EndpointAssociation {
  arn: string;
  domainName?: string;
  domainNameId?: string;
  domainNameArn: string;
  domainOwnerAccountId?: string;
  /** The domain belongs to this account, so its detail page can be opened. */
  ownDomain: boolean;
}

/** One page of the account's execute-api endpoints, filtered on the server. */
/** One page of the account's execute-api endpoints, with the names of the VPCs of the rows shown. */
export interface EndpointPage extends ListPage<VpcEndpoint> {
  vpcs: Vpc[];
}
