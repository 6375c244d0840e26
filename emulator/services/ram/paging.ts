import { decodeOffsetToken, encodeOffsetToken } from '../ec2/paging';
import { ramError } from './errors';

/** RAM maxResults is 1–500; tokens are opaque offsets. (RAM's "empty page with a token" quirk is not emulated.) */
export function pageOf<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  if (maxResults !== undefined && (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 500)) {
    throw ramError(
      'InvalidMaxResultsException',
      `The specified value for maxResults (${maxResults}) is not valid; it must be between 1 and 500.`,
    );
  }
  let start = 0;
  if (nextToken !== undefined) {
    start = decodeOffsetToken(nextToken, () =>
      ramError('InvalidNextTokenException', 'The specified value for nextToken is not valid.'),
    );
  }
  const end = start + (maxResults ?? 500);
  return { items: items.slice(start, end), nextToken: end < items.length ? encodeOffsetToken(end) : undefined };
}
