import { AwsError } from '../../core/types';

export interface PageLimits {
  /** Smallest accepted MaxResults, or undefined when the operation clamps instead of rejecting. */
  min?: number;
  max: number;
}

/**
 * MaxResults/NextToken paging. The token is an opaque offset: good enough for an emulator whose lists
 * change only when the caller changes them.
 */
export function paginate<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
  limits: PageLimits,
): { items: T[]; nextToken?: string } {
  const start =
    nextToken === undefined
      ? 0
      : decodeOffsetToken(
          nextToken,
          () => new AwsError('InvalidPaginationToken', 400, `Invalid pagination token: ${nextToken}`),
        );
  if (maxResults === undefined) return { items: items.slice(start) };
  if (limits.min !== undefined && (maxResults < limits.min || maxResults > limits.max)) {
    throw new AwsError(
      'InvalidParameterValue',
      400,
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Parameter must be between ${limits.min} and ${limits.max}.`,
    );
  }
  const size = Math.max(1, Math.min(maxResults, limits.max));
  const end = start + size;
  return { items: items.slice(start, end), nextToken: end < items.length ? encodeOffsetToken(end) : undefined };
}

/** Opaque offset tokens, shared by the ec2, acm, route53 and ram paging code. */
export function encodeOffsetToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeOffsetToken(token: string, invalid: () => Error): number {
  try {
    const { o } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the service's own error
  }
  throw invalid();
}
