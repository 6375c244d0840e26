'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ConsumerSharingView } from '@/lib/consumer/sharing-view';
import { SectionError } from '@/components/common/section-error';
import { InvitationsTable } from './invitations-table';
import { AssociateByArnForm } from './associate-by-arn-form';

/**
 * The consumer half of /sharing: invitations with their 12-hour countdown (plus shares that came without one),
 * and the associate-by-ARN form. Props: `view`, the server's reading; each part shows its own failure.
 */
export function ConsumerSharing({ view }: { view: ConsumerSharingView }) {
  return (
    <SpaceBetween size="l">
      <SpaceBetween size="s">
        {view.invitations.ok ? (
          <InvitationsTable rows={view.invitations.data} />
        ) : (
          <SectionError error={view.invitations.error} what="Invitations" />
        )}
        {view.partialFailures.map((f) => (
          <SectionError key={f.what} error={f.error} what={f.what} />
        ))}
      </SpaceBetween>
      <AssociateByArnForm accountId={view.accountId} />
    </SpaceBetween>
  );
}
