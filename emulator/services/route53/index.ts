export { handle } from './handler';
export { emptyRoute53State, type Route53State, type HostedZoneRecord, type RecordSet } from './state';
export { createHostedZone, findHostedZone } from './zones';
export { changeResourceRecordSets } from './records';
