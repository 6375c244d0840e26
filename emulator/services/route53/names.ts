import { AwsError } from '../../core/types';

/**
 * Route 53 names: case-insensitive, stored lowercase with a trailing dot. `\052` (how Route 53 prints `*`)
 * is accepted on input and produced on output.
 */
export function normalizeName(name: string): string {
  const unescaped = name.replace(/\\052/g, '*').toLowerCase();
  const withDot = unescaped.endsWith('.') ? unescaped : `${unescaped}.`;
  if (
    withDot.length > 1025 ||
    withDot === '.' ||
    withDot
      .split('.')
      .slice(0, -1)
      .some((label) => label.length === 0 || label.length > 63)
  ) {
    throw new AwsError('InvalidDomainName', 400, `${name} is not a valid domain name.`);
  }
  return withDot;
}

export function wireName(name: string): string {
  return name.replace(/\*/g, '\\052');
}

/** `www.example.com.` sorts as `com.example.www` (Route 53 lists records in reversed-label order). */
export function sortKey(name: string): string {
  return name.split('.').filter(Boolean).reverse().join('.');
}

export function isWithinZone(name: string, zoneName: string): boolean {
  return name === zoneName || name.endsWith(`.${zoneName}`);
}
