'use client';

import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ZonalAlternative } from '@/lib/invoke/types';
import { CopyableId } from '@/components/common/copyable-id';

/**
 * The same request on the endpoint's zonal names. Props: `alternatives`, `formId`.
 */
export function ZonalAlternatives({ alternatives, formId }: { alternatives: ZonalAlternative[]; formId: string }) {
  return (
    <SpaceBetween size="xxs" data-testid={`zonal-${formId}`}>
      <Box variant="h4">Zonal endpoint names</Box>
      <Box variant="p" color="text-body-secondary">
        Each name resolves only to the endpoint&apos;s interface in one Availability Zone: a client there stays in its
        zone (no cross-AZ hop or data transfer, AZ fault isolation), but gets no failover if that interface is
        unavailable — the Regional name does. Headers, Host and SNI rules are those of this form.
      </Box>
      {alternatives.map((z) => (
        <CopyableId key={z.host} value={z.url} label={`${formId} URL in ${z.availabilityZone}`} />
      ))}
    </SpaceBetween>
  );
}
