import { AwsError } from '../../core/types';
import type { Tags } from './state';

/** Accessors for an EC2 query-protocol form body (`Name.N` lists are 1-based and may arrive unordered). */
export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  get(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  required(name: string): string {
    const value = this.get(name);
    if (value === undefined || value === '') {
      throw new AwsError('MissingParameter', 400, `The request must contain the parameter ${name}`);
    }
    return value;
  }

  bool(name: string): boolean | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw new AwsError('InvalidParameterValue', 400, `Invalid value '${value}' for ${name}. It must be a boolean.`);
    }
    return value === 'true';
  }

  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n)) {
      throw new AwsError('InvalidParameterValue', 400, `Invalid value '${value}' for ${name}. It must be an integer.`);
    }
    return n;
  }

  /** Values of `prefix.1`, `prefix.2`, … ordered by index. */
  list(prefix: string): string[] {
    return this.indexed(prefix).map(([, key]) => this.params.get(key) ?? '');
  }

  /** `Filter.N.Name` / `Filter.N.Value.M`. */
  filters(): Ec2Filter[] {
    return this.indexed('Filter', '.Name').map(([n]) => ({
      name: this.params.get(`Filter.${n}.Name`) ?? '',
      values: this.list(`Filter.${n}.Value`),
    }));
  }

  /** Tags of every `TagSpecification.N` whose ResourceType is `resourceType`. */
  tags(resourceType: string): Tags {
    const tags: Tags = {};
    for (const [n] of this.indexed('TagSpecification', '.ResourceType')) {
      const type = this.params.get(`TagSpecification.${n}.ResourceType`);
      if (type !== resourceType) {
        throw new AwsError(
          'InvalidParameterValue',
          400,
          `'${type}' is not a valid taggable resource type for this operation.`,
        );
      }
      for (const [m] of this.indexed(`TagSpecification.${n}.Tag`, '.Key')) {
        tags[this.params.get(`TagSpecification.${n}.Tag.${m}.Key`) ?? ''] =
          this.params.get(`TagSpecification.${n}.Tag.${m}.Value`) ?? '';
      }
    }
    return tags;
  }

  private indexed(prefix: string, suffix = ''): Array<[number, string]> {
    const pattern = new RegExp(`^${escapeRegExp(prefix)}\\.(\\d+)${escapeRegExp(suffix)}$`);
    const found: Array<[number, string]> = [];
    for (const key of this.params.keys()) {
      const match = pattern.exec(key);
      if (match) found.push([Number(match[1]), key]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }
}

export interface Ec2Filter {
  name: string;
  values: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
