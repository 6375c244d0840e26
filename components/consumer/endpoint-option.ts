import type { EndpointSummary } from '@/lib/consumer/panel';

/** How an execute-api endpoint reads in a picker: id, name, VPC and private DNS at a glance. */
export function endpointOption(e: EndpointSummary) {
  return {
    value: e.id,
    label: e.name ? `${e.id} (${e.name})` : e.id,
    description: `VPC ${e.vpcId}${e.vpcName ? ` (${e.vpcName})` : ''}`,
    tags: [`private DNS ${e.privateDnsEnabled ? 'on' : 'off'}`, e.state],
  };
}
