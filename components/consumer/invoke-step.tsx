'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import { SectionError } from '@/components/common/section-error';
import { InternalLink } from '@/components/common/internal-link';
import { InvokePanel } from '@/components/invoke/invoke-panel';
import type { ConsumerDomainView } from '@/lib/consumer/panel';

/** Step 5: the invoke answer for this consumer's endpoint, with every prerequisite this account can see. */
export function InvokeStep({ invoke }: { invoke: ConsumerDomainView['invoke'] }) {
  if (!invoke) return null;
  const link = <InternalLink href={invoke.href}>Open in Invoke URLs</InternalLink>;
  if (!invoke.answer.ok) {
    return (
      <SpaceBetween size="s">
        <SectionError error={invoke.answer.error} what="Invoke answer" />
        {link}
      </SpaceBetween>
    );
  }
  const { answer, vpcId } = invoke.answer.data;
  // Keyed on the recommended form: once a step completes (e.g. the DNS record), the newly recommended form opens.
  return <InvokePanel key={answer.result.recommended ?? 'none'} answer={answer} vpcId={vpcId} actions={link} />;
}
