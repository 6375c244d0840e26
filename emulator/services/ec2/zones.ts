import { AwsError } from '../../core/types';

/** AZ letters per Region; Regions not listed get a, b, c. */
const ZONE_LETTERS: Record<string, string> = { 'us-east-1': 'abcdef', 'us-west-2': 'abcd', 'eu-west-1': 'abc' };

/** Short Region codes used in AZ ids (`use1-az1`). */
const REGION_CODES: Record<string, string> = { 'us-east-1': 'use1', 'us-west-2': 'usw2', 'eu-west-1': 'euw1' };

export function availabilityZones(region: string): string[] {
  return Array.from(ZONE_LETTERS[region] ?? 'abc', (letter) => `${region}${letter}`);
}

export function availabilityZoneId(zone: string): string {
  const region = zone.slice(0, -1);
  const index = availabilityZones(region).indexOf(zone) + 1;
  const code = REGION_CODES[region] ?? region.replace(/-/g, '').replace(/(\D)\D*(\d)$/, '$1$2');
  return `${code}-az${index}`;
}

export function assertZoneInRegion(zone: string, region: string): void {
  const zones = availabilityZones(region);
  if (!zones.includes(zone)) {
    throw new AwsError(
      'InvalidParameterValue',
      400,
      `Value (${zone}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${zones.join(', ')}.`,
    );
  }
}
