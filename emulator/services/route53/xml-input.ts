import { AwsError } from '../../core/types';

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

export function maxItems(raw: string | null, limit: number): number {
  if (raw === null) return limit;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new AwsError('InvalidInput', 400, `Invalid value for maxitems: ${raw}`);
  return Math.min(n, limit);
}
