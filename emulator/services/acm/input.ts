import { AwsError } from '../../core/types';

/** Typed reads from an awsJson request body; wrong types fail like ACM's model validation. */
export class JsonInput {
  constructor(private readonly body: Record<string, unknown>) {}

  string(key: string): string | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw invalid(key, 'must be a string');
    return value;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined || value === '') throw invalid(key, 'must not be null');
    return value;
  }

  number(key: string): number | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') throw invalid(key, 'must be a number');
    return value;
  }

  stringList(key: string, source: Record<string, unknown> = this.body): string[] | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      throw invalid(key, 'must be a list of strings');
    return value as string[];
  }

  object(key: string): Record<string, unknown> | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw invalid(key, 'must be an object');
    return value as Record<string, unknown>;
  }

  /** `[{Key, Value}]` → record. */
  tags(key = 'Tags'): Record<string, string> | undefined {
    const value = this.body[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw invalid(key, 'must be a list');
    return Object.fromEntries(
      value.map((t: { Key?: unknown; Value?: unknown }) => [String(t.Key), String(t.Value ?? '')]),
    );
  }

  /** Blob members arrive base64-encoded in awsJson. */
  blobText(key: string): string {
    return Buffer.from(this.requiredString(key), 'base64').toString('utf8');
  }
}

function invalid(key: string, problem: string): AwsError {
  const member = key[0].toLowerCase() + key.slice(1);
  return new AwsError(
    'ValidationException',
    400,
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member ${problem}`,
  );
}
