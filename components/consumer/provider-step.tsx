'use client';

import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ProviderRequest } from '@/lib/consumer/provider-message';

/** Step 4: what only the provider can do, and a message to send them. */
export function ProviderStep({ request }: { request?: ProviderRequest }) {
  if (!request) return null;
  return (
    <SpaceBetween size="m">
      <Box variant="p">This account cannot read or change the provider&apos;s policies, so only they can do this:</Box>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {request.tasks.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ol>
      <SpaceBetween size="xs">
        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
          <Box variant="h4">Message for the provider</Box>
          <CopyToClipboard
            variant="button"
            textToCopy={request.message}
            copyButtonText="Copy message"
            copySuccessText="Message copied"
            copyErrorText="Message could not be copied"
          />
        </SpaceBetween>
        <pre
          data-testid="provider-message"
          style={{
            whiteSpace: 'pre-wrap',
            margin: 0,
            padding: 12,
            background: '#f4f4f4',
            borderRadius: 8,
            fontSize: 13,
          }}
        >
          {request.message}
        </pre>
      </SpaceBetween>
    </SpaceBetween>
  );
}
