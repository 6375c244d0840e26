'use client';

import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

const TYPES: Record<string, StatusIndicatorProps.Type> = {
  AVAILABLE: 'success',
  ACTIVE: 'success',
  ASSOCIATED: 'success',
  ACCEPTED: 'success',
  PENDING: 'pending',
  PENDINGACCEPTANCE: 'pending',
  UPDATING: 'in-progress',
  ASSOCIATING: 'in-progress',
  DISASSOCIATING: 'in-progress',
  DELETING: 'in-progress',
  RESTORING: 'in-progress',
  SUSPENDING: 'in-progress',
  PENDING_CERTIFICATE_REIMPORT: 'warning',
  PENDING_OWNERSHIP_VERIFICATION: 'warning',
  ZONAL_RESOURCE_INACCESSIBLE: 'warning',
  LIMIT_EXCEEDED: 'warning',
  SUSPENDED: 'stopped',
  DISASSOCIATED: 'stopped',
  DELETED: 'stopped',
  FAILED: 'error',
  REJECTED: 'error',
  EXPIRED: 'error',
  UNAVAILABLE: 'error',
};

/** An AWS status (any service, any case: EC2 says `available`, RAM says `ACTIVE`) as a coloured indicator. Props: `status`. */
export function ResourceStatus({ status }: { status?: string }) {
  if (!status)
    return (
      <StatusIndicator type="info" wrapText={false}>
        Unknown
      </StatusIndicator>
    );
  const type = TYPES[status.toUpperCase().replace(/-/g, '')] ?? 'info';
  return (
    <StatusIndicator type={type} wrapText={false}>
      {status}
    </StatusIndicator>
  );
}
