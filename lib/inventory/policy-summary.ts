import { policyShape } from '@/lib/policies/source-allow-list';

/** A few words on what a domain's invoke policy allows, for tables ("Deny-all", "2 VPC endpoints", …). */
export function accessSummary(policy: string | undefined): { text: string; tone: 'warning' | 'success' | 'info' } {
  const shape = policyShape(policy);
  switch (shape.kind) {
    case 'none':
      return { text: 'No policy', tone: 'warning' };
    case 'deny-all':
      return { text: 'Deny-all', tone: 'warning' };
    case 'source-allow-list': {
      const n = shape.sources.vpceIds.length;
      const v = shape.sources.vpcIds.length;
      const parts = [
        n ? `${n} VPC endpoint${n === 1 ? '' : 's'}` : '',
        v ? `${v} VPC${v === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      return { text: `Allows ${parts.join(' + ')}`, tone: 'success' };
    }
    case 'invalid':
      return { text: 'Unreadable policy', tone: 'warning' };
    default:
      return { text: 'Custom policy', tone: 'info' };
  }
}
