import { AwsError } from '../../core/types';
import type { Ec2Filter } from './query';
import type { Tags } from './state';
import { entry } from '../../core/entry';

/** How each supported filter name reads a record; `tag:<key>` and `tag-key` are handled for every resource. */
export type FilterFields<T> = Record<string, (record: T) => string | string[] | undefined>;

/**
 * EC2 filter semantics: values of one filter are OR-ed, filters are AND-ed, `*` and `?` are wildcards,
 * matching is case-sensitive, and an unknown filter name fails the call.
 */
export function applyFilters<T extends { tags: Tags }>(
  records: T[],
  filters: Ec2Filter[],
  fields: FilterFields<T>,
): T[] {
  const predicates = filters.map((filter) => predicateFor(filter, fields));
  return records.filter((record) => predicates.every((p) => p(record)));
}

function predicateFor<T extends { tags: Tags }>(filter: Ec2Filter, fields: FilterFields<T>): (record: T) => boolean {
  const patterns = filter.values.map(globToRegExp);
  const matchesAny = (candidates: string[]) => candidates.some((c) => patterns.some((p) => p.test(c)));
  if (filter.name.startsWith('tag:')) {
    const key = filter.name.slice(4);
    return (r) => key in r.tags && matchesAny([r.tags[key]]);
  }
  if (filter.name === 'tag-key') return (r) => matchesAny(Object.keys(r.tags));
  const field = entry(fields, filter.name);
  if (!field) throw new AwsError('InvalidParameterValue', 400, `The filter '${filter.name}' is invalid`);
  return (r) => {
    const value = field(r);
    if (value === undefined) return false;
    return matchesAny(Array.isArray(value) ? value : [value]);
  };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}
