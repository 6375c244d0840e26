import { RequestInput, type InputErrors } from '../../core/input';
import { AwsError, type EmulatorRequest } from '../../core/types';

const invalidInput = (message: string) => new AwsError('InvalidInput', 400, message);

/** Route 53 answers every malformed member with InvalidInput. */
const ROUTE53_ERRORS: InputErrors = {
  missing: (member) => invalidInput(`Invalid request: Missing field '${member}'`),
  invalid: (member, expected) => invalidInput(`Invalid value for ${member}: must be ${expected}`),
  notOneOf: (member, value) => invalidInput(`Invalid value for ${member}: ${value}`),
  malformed: (problem) => invalidInput(`Invalid request: ${problem}`),
};

/** The query string of a Route 53 request (`maxitems`, `marker`, `vpcid`, …). */
export function queryOf(req: EmulatorRequest): RequestInput {
  return RequestInput.query(req, ROUTE53_ERRORS);
}

type Node = Record<string, unknown>;

/** Helpers over the core's parsed XML (string leaves; a single repeated element arrives as an object). */
export function asArray(value: unknown): Node[] {
  if (value === undefined || value === '') return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

export function child(node: Node | undefined, key: string): Node | undefined {
  const value = node?.[key];
  return typeof value === 'object' && value !== null ? (value as Node) : undefined;
}

export function text(node: Node | undefined, key: string): string | undefined {
  const value = node?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function requiredText(node: Node | undefined, key: string): string {
  const value = text(node, key);
  if (value === undefined || value === '')
    throw new AwsError('InvalidInput', 400, `Invalid request: Missing field '${key}'`);
  return value;
}

export function maxItems(raw: string | undefined, limit: number): number {
  if (raw === undefined) return limit;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new AwsError('InvalidInput', 400, `Invalid value for maxitems: ${raw}`);
  return Math.min(n, limit);
}
