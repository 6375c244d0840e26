/**
 * Partitions and Regions from the AWS SDK's own endpoint data (`@aws-sdk/util-endpoints`), so a new Region or
 * partition arrives with an SDK update instead of a hand edit. Pure: no I/O, safe in client and server code.
 */
import { partition } from '@aws-sdk/util-endpoints';

/** The ARN partition of a Region: `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f`, `aws-eusc`, … */
export function partitionOf(region: string): string {
  return partition(region).name;
}

export interface RegionInfo {
  code: string;
  /** As the SDK names it, e.g. "Europe (Ireland)". */
  description: string;
}

// The SDK answers a description only for the Regions it lists, and lists them by name only inside its bundle, so the
// list is read by asking about every name the commercial pattern allows (`{geography}-{direction}-{n}`). The unit
// test compares the result with the SDK's data file, so a new geography fails the test instead of going missing.
const GEOGRAPHIES = ['af', 'ap', 'ca', 'eu', 'il', 'me', 'mx', 'sa', 'us'];
const DIRECTIONS = ['central', 'east', 'north', 'northeast', 'northwest', 'south', 'southeast', 'southwest', 'west'];
const MAX_NUMBER = 9;

let commercial: RegionInfo[] | undefined;

/** Every Region of the `aws` partition the installed SDK knows, sorted by code. */
export function commercialRegions(): RegionInfo[] {
  commercial ??= GEOGRAPHIES.flatMap((geography) =>
    DIRECTIONS.flatMap((direction) =>
      Array.from({ length: MAX_NUMBER }, (_, i) => `${geography}-${direction}-${i + 1}`),
    ),
  ).flatMap((code) => {
    const found = partition(code);
    const description = 'description' in found ? found.description : undefined;
    return found.name === 'aws' && typeof description === 'string' ? [{ code, description }] : [];
  });
  return commercial;
}
