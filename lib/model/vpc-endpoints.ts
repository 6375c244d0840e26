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

/** What the endpoint list shows of an endpoint (its policy, tags and zonal DNS names stay on the server). */
export interface EndpointRow {
  id: string;
  name?: string;
  vpcId: string;
  /** The VPC's `Name` tag, read for the rows shown only. */
  vpcName?: string;
  state: string;
  privateDnsEnabled: boolean;
  subnetCount: number;
  regionalDnsName?: string;
}

/** One page of the account's execute-api endpoints, filtered, sorted and cut on the server. */
export type EndpointPage = ListPage<EndpointRow>;
