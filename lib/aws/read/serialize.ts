/** SDK timestamps are Date objects; pages hand data to client components, so times travel as ISO strings. */
export function isoTime(value: Date | undefined): string | undefined {
  return value ? value.toISOString() : undefined;
}

/** Maximum page sizes of each service (docs/aws/api-operations.md#pagination): fewer round trips against tight control-plane quotas. */
export const PAGE_SIZE = { apigateway: 500, ec2: 1000, ram: 500 } as const;
