import type { Ec2Value } from './xml';
import type { Tags } from './state';

/** `tagSet` as EC2 renders it; omitted entirely when there are no tags, as EC2 does. */
export function tagSet(tags: Tags): Ec2Value {
  const entries = Object.entries(tags);
  return entries.length ? entries.map(([key, value]) => ({ key, value })) : undefined;
}
