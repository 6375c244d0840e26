import type { LabelledDnsName } from '@/lib/inventory/dns-names';

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
