import { z } from 'zod';
import { entry } from './entry';
import type { AwsError, EmulatorRequest } from './types';

/** What a member was expected to be, worded with its article so every service can put it in its own sentence. */
export type Expected =
  | 'a string'
  | 'a boolean'
  | 'a number'
  | 'an integer'
  | 'a list'
  | 'a list of strings'
  | 'a map of strings'
  | 'an object';

/** How one service words a bad request: codes and messages differ per service, the checks do not. */
export interface InputErrors {
  /** Absent or empty required member. */
  missing(member: string): AwsError;
  invalid(member: string, expected: Expected, value: unknown): AwsError;
  notOneOf(member: string, value: string, allowed: readonly string[]): AwsError;
  /** The body is not what the protocol carries (malformed JSON, a JSON array, …). */
  malformed(problem: string): AwsError;
}

/** Form values are text: each kind of member has one schema per encoding. */
const JSON_SCHEMAS = {
  string: z.string(),
  boolean: z.boolean(),
  number: z.number(),
  integer: z.number().int(),
  strings: z.array(z.string()),
  stringMap: z.record(z.string(), z.string()),
};
const FORM_SCHEMAS = {
  string: z.string(),
  boolean: z.enum(['true', 'false']).transform((value) => value === 'true'),
  number: z
    .string()
    .transform(Number)
    .pipe(z.number().refine((n) => Number.isFinite(n))),
  integer: z.string().transform(Number).pipe(z.number().int()),
};

type Encoding = { kind: 'json'; members: Record<string, unknown> } | { kind: 'form'; params: URLSearchParams };

/**
 * The one request reader of every service: members of a JSON body (restJson1, awsJson1_1), of a form body or query
 * string (ec2 query, awsQuery, REST query parameters) and REST path parameters, each validated with zod and
 * refused in the service's own words.
 */
export class RequestInput {
  private constructor(
    private readonly encoding: Encoding,
    private readonly errors: InputErrors,
    private readonly pathParams: Readonly<Record<string, string>> = {},
  ) {}

  /** A JSON object body; an empty body is `{}` (SDKs omit bodies for operations without payload members). */
  static json(req: EmulatorRequest, errors: InputErrors, pathParams?: Readonly<Record<string, string>>): RequestInput {
    return new RequestInput({ kind: 'json', members: jsonObject(req.body, errors) }, errors, pathParams);
  }

  /** Form parameters of the body (POST) merged over the query string (GET, as older clients send). */
  static form(req: EmulatorRequest, errors: InputErrors): RequestInput {
    const params = new URLSearchParams(req.query);
    for (const [key, value] of new URLSearchParams(req.body.toString('utf8'))) params.set(key, value);
    return new RequestInput({ kind: 'form', params }, errors);
  }

  /** Only the query string (REST operations whose members travel as query parameters). */
  static query(req: EmulatorRequest, errors: InputErrors): RequestInput {
    return new RequestInput({ kind: 'form', params: req.query }, errors);
  }

  /** A path parameter the router matched (always present: the route would not have matched otherwise). */
  path(name: string): string {
    const value = entry(this.pathParams, name);
    if (value === undefined) throw this.errors.missing(name);
    return value;
  }

  /** Whether the member was sent at all (for members the emulator refuses to emulate). */
  has(member: string): boolean {
    const raw = this.raw(member);
    return raw !== undefined && raw !== null;
  }

  /** The whole JSON body, checked against one schema (operations stored as sent, such as PutIntegration). */
  body<T>(schema: z.ZodType<T>): T {
    if (this.encoding.kind !== 'json') throw this.errors.malformed('not a JSON object');
    const parsed = schema.safeParse(this.encoding.members);
    if (parsed.success) return parsed.data;
    const [issue] = parsed.error.issues;
    throw this.errors.invalid(issue.path.join('.'), 'an object', undefined);
  }

  /** Any member checked against a schema; `undefined` when absent (JSON `null` counts as absent). */
  read<T>(member: string, schema: z.ZodType<T>, expected: Expected): T | undefined {
    const raw = this.raw(member);
    if (raw === undefined || raw === null) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw this.errors.invalid(member, expected, raw);
    return parsed.data;
  }

  string(member: string): string | undefined {
    return this.read(member, JSON_SCHEMAS.string, 'a string');
  }

  required(member: string): string {
    const value = this.string(member);
    if (value === undefined || value === '') throw this.errors.missing(member);
    return value;
  }

  boolean(member: string): boolean | undefined {
    return this.read(member, this.isForm() ? FORM_SCHEMAS.boolean : JSON_SCHEMAS.boolean, 'a boolean');
  }

  number(member: string): number | undefined {
    return this.read(member, this.isForm() ? FORM_SCHEMAS.number : JSON_SCHEMAS.number, 'a number');
  }

  integer(member: string): number | undefined {
    return this.read(member, this.isForm() ? FORM_SCHEMAS.integer : JSON_SCHEMAS.integer, 'an integer');
  }

  oneOf<T extends string>(member: string, allowed: readonly T[]): T | undefined {
    const value = this.string(member);
    if (value === undefined) return undefined;
    const parsed = z.enum(allowed as readonly [T, ...T[]]).safeParse(value);
    if (!parsed.success) throw this.errors.notOneOf(member, value, allowed);
    return parsed.data;
  }

  requiredOneOf<T extends string>(member: string, allowed: readonly T[]): T {
    const value = this.oneOf(member, allowed);
    if (value === undefined) throw this.errors.missing(member);
    return value;
  }

  /** A JSON list of strings, or the form list `member.1`, `member.2`, … (absent = `undefined`). */
  strings(member: string): string[] | undefined {
    if (this.encoding.kind === 'json') return this.read(member, JSON_SCHEMAS.strings, 'a list of strings');
    const values = this.list(member);
    return values.length === 0 ? undefined : values;
  }

  stringMap(member: string): Record<string, string> | undefined {
    const value = this.read(member, JSON_SCHEMAS.stringMap, 'a map of strings');
    return value && { ...value };
  }

  /** Every value of a repeated query parameter (`?embed=a&embed=b`). */
  all(member: string): string[] {
    return this.encoding.kind === 'form' ? this.encoding.params.getAll(member) : [];
  }

  /** Values of the form list `prefix.1`, `prefix.2`, … in index order (they may arrive unordered). */
  list(prefix: string): string[] {
    return this.indexes(prefix).map((n) => this.string(`${prefix}.${n}`) ?? '');
  }

  /** The indexes N present as `prefix.N{suffix}`, ascending (`Filter.N.Name` → indexes('Filter', '.Name')). */
  indexes(prefix: string, suffix = ''): number[] {
    if (this.encoding.kind === 'json') return [];
    const pattern = new RegExp(`^${escapeRegExp(prefix)}\\.(\\d+)${escapeRegExp(suffix)}$`);
    const found: number[] = [];
    for (const key of this.encoding.params.keys()) {
      const match = pattern.exec(key);
      if (match) found.push(Number(match[1]));
    }
    return found.sort((a, b) => a - b);
  }

  private isForm(): boolean {
    return this.encoding.kind === 'form';
  }

  private raw(member: string): unknown {
    if (this.encoding.kind === 'form') return this.encoding.params.get(member) ?? undefined;
    return Object.hasOwn(this.encoding.members, member) ? this.encoding.members[member] : undefined;
  }
}

function jsonObject(body: Buffer, errors: InputErrors): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw errors.malformed('malformed JSON');
  }
  const object = z.record(z.string(), z.unknown()).safeParse(parsed);
  if (!object.success) throw errors.malformed('not a JSON object');
  return object.data;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
