/**
 * What the consumer panel of a shared domain shows, as plain data: the service in lib/services/consumer reads it
 * from AWS, the components in components/consumer render it.
 */
import type { VpcDnsAttributes } from '@/lib/invoke/types';
import type { LoadedAnswer } from '@/lib/invoke-ui/answer';
import type { HostedZoneInfo } from '@/lib/model/hosted-zones';
import type { Section } from '@/lib/result';
import type { DnsCheck } from './dns-check';
import type { EndpointIssue } from './endpoint-choice';
import type { ProviderRequest } from './provider-message';
import type { Step } from './steps';

export interface DomainRefView {
  name: string;
  id: string;
  arn: string;
  ownerAccountId: string;
  region: string;
}

/** How an execute-api endpoint reads in a picker: id, name, VPC and private DNS at a glance. */
export interface EndpointSummary {
  id: string;
  name?: string;
  vpcId: string;
  vpcName?: string;
  privateDnsEnabled: boolean;
  state: string;
}

export interface EndpointRow extends EndpointSummary {
  ipAddressType: string;
  /** Both must be on for the private hosted zone to resolve; absent when they could not be read. */
  vpcDns?: VpcDnsAttributes;
  issues: EndpointIssue[];
  selectable: boolean;
}

export interface AssociatedEndpoint {
  associationArn: string;
  vpceId: string;
  /** Absent when the endpoint no longer exists (or is in another Region). */
  endpoint?: EndpointSummary & { ipAddressType: string };
  dns?: Section<{ check: DnsCheck; zones: HostedZoneInfo[] }>;
  vpcDns?: Section<VpcDnsAttributes>;
}

export interface ConsumerInvoke {
  answer: Section<LoadedAnswer>;
  /** The same answer on /invoke, where the operator can change the situation. */
  href: string;
  /** The base path the operator said the provider mapped; absent = the catch-all mapping `(none)`. */
  basePath?: string;
}

export interface ConsumerDomainView {
  accountId: string;
  region: string;
  domain: DomainRefView;
  steps: Step[];
  /**
   * How many execute-api endpoints the account has in the Region, and those the export offers besides the
   * associated ones (a few that could be associated). The step's rows load when it opens.
   */
  endpoints: Section<{ count: number; exportable: string[] }>;
  associations: Section<AssociatedEndpoint[]>;
  providerRequest?: ProviderRequest;
  invoke?: ConsumerInvoke;
}
