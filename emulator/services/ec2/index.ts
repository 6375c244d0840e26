export { handle } from './handler';
export { emptyEc2State, type Ec2State, type VpcEndpointRecord, type VpcRecord, type SubnetRecord } from './state';
export { createVpc } from './vpcs';
export { createSubnet } from './subnets';
export { createSecurityGroup } from './security-groups';
export { createVpcEndpoint, modifyVpcEndpoint, findVpcEndpoint, describeVpcEndpoints } from './vpc-endpoints';
export { findVpc } from './vpc-lookup';
export { dnsEntries, type DnsEntry } from './dns-entries';
export { VPCE_PUBLIC_HOSTED_ZONE_IDS } from './endpoint-services';
