import { ramError } from './errors';

/** Typed reads from a RAM JSON body; wrong types and missing members fail with RAM's own error codes. */
export class RamInput {
  constructor(private readonly body: Record<string, unknown>) {}

  string(key: string): string | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string')
      throw ramError('InvalidParameterException', `The parameter ${key} must be a string.`);
    return value;
  }

  required(key: string): string {
    const value = this.string(key);
    if (!value) throw ramError('MissingRequiredParameterException', `The ${key} parameter is required.`);
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], required = false): T | undefined {
    const value = required ? this.required(key) : this.string(key);
    if (value !== undefined && !allowed.includes(value as T)) {
      throw ramError(
        'InvalidParameterException',
        `The parameter ${key} must be one of ${allowed.join(', ')}; got ${value}.`,
      );
    }
    return value as T | undefined;
  }

  boolean(key: string): boolean | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean')
      throw ramError('InvalidParameterException', `The parameter ${key} must be a boolean.`);
    return value;
  }

  number(key: string): number | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number')
      throw ramError('InvalidParameterException', `The parameter ${key} must be a number.`);
    return value;
  }

  strings(key: string): string[] | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw ramError('InvalidParameterException', `The parameter ${key} must be a list of strings.`);
    }
    return value as string[];
  }

  /** `[{key, value}]` → record. */
  tags(): Record<string, string> | undefined {
    const value = this.body.tags;
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw ramError('InvalidParameterException', 'The parameter tags must be a list.');
    return Object.fromEntries(
      value.map((t: { key?: unknown; value?: unknown }) => [String(t.key), String(t.value ?? '')]),
    );
  }

  /** `[{tagKey, tagValues}]` as GetResourceShares takes them. */
  tagFilters(): Array<{ tagKey?: string; tagValues?: string[] }> | undefined {
    const value = this.body.tagFilters;
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw ramError('InvalidParameterException', 'The parameter tagFilters must be a list.');
    return value as Array<{ tagKey?: string; tagValues?: string[] }>;
  }
}
