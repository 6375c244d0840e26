'use client';

import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { RowState } from '@/lib/consumer/invitation-rows';
import { formatTime } from '@/lib/inventory/format';

/** Status of an invitation row, with the time left of the 12 hours, or what to do once they are over. */
export function InvitationStatus({ state }: { state: RowState }) {
  switch (state.kind) {
    case 'pending':
      return (
        <Box>
          <StatusIndicator type={state.urgent ? 'warning' : 'pending'}>Pending</StatusIndicator>
          <Box variant="small" color={state.urgent ? 'text-status-warning' : 'text-body-secondary'}>
            {state.timeLeft}
            {state.expiresAt && ` (until ${formatTime(state.expiresAt)})`}
          </Box>
        </Box>
      );
    case 'pending-unknown-age':
      return <StatusIndicator type="pending">Pending · accept within 12 hours of sending</StatusIndicator>;
    case 'expired':
      return (
        <Box>
          <StatusIndicator type="stopped">Expired</StatusIndicator>
          <Box variant="small" color="text-body-secondary">
            {state.explanation}
          </Box>
        </Box>
      );
    case 'accepted':
      return <StatusIndicator type="success">Accepted</StatusIndicator>;
    case 'auto-accepted':
      return (
        <Box>
          <StatusIndicator type="success">Shared without invitation</StatusIndicator>
          <Box variant="small" color="text-body-secondary">
            Same organization: RAM accepted it automatically.
          </Box>
        </Box>
      );
    case 'rejected':
      return (
        <Box>
          <StatusIndicator type="stopped">Rejected</StatusIndicator>
          <Box variant="small" color="text-body-secondary">
            The provider must share again before this account can use these domains.
          </Box>
        </Box>
      );
  }
}
