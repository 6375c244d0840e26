'use client';

import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { Prerequisite, PrerequisiteStatus } from '@/lib/invoke/types';
import { PrerequisiteStatusIndicator } from './form-status';

const ORDER: Record<PrerequisiteStatus, number> = { 'not-met': 0, unknown: 1, met: 2 };

function counter(items: Prerequisite[]): string {
  const count = (s: PrerequisiteStatus) => items.filter((p) => p.status === s).length;
  return `(${count('met')} met, ${count('not-met')} not met, ${count('unknown')} unknown)`;
}

/**
 * A form's prerequisites, the ones to act on first. Each row says why it has its status and, unless met, what to
 * change, what to ask the provider (copyable) and what the client sees meanwhile. Props: `items`, `formId` (for labels).
 */
export function PrerequisitesTable({ items, formId }: { items: Prerequisite[]; formId: string }) {
  const sorted = [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <Table
      variant="embedded"
      wrapLines
      trackBy="id"
      items={sorted}
      ariaLabels={{ tableLabel: `Prerequisites of ${formId}` }}
      header={
        <Header variant="h3" counter={counter(items)}>
          Prerequisites
        </Header>
      }
      empty={<Box color="text-status-inactive">No prerequisites: this form cannot be used in this situation.</Box>}
      columnDefinitions={[
        { id: 'status', header: 'Status', width: 120, cell: (p) => <PrerequisiteStatusIndicator status={p.status} /> },
        {
          id: 'prerequisite',
          header: 'Prerequisite',
          width: 340,
          cell: (p) => (
            <SpaceBetween size="xxs">
              <Box fontWeight="bold">{p.label}</Box>
              <Box variant="small">{p.reason}</Box>
            </SpaceBetween>
          ),
        },
        {
          id: 'fix',
          header: 'What to do',
          cell: (p) =>
            p.status === 'met' ? (
              <Box color="text-status-inactive">Nothing</Box>
            ) : (
              <SpaceBetween size="xxs">
                {p.fix && <Box>{p.fix}</Box>}
                {/* The engine words it as the question to put ("Ask the provider (account …) whether …"). */}
                {p.askProvider && (
                  <Box variant="small">
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={p.askProvider}
                      copyButtonAriaLabel={`Copy the question: ${p.label}`}
                      copySuccessText="Question copied"
                      copyErrorText="Question could not be copied"
                    />
                  </Box>
                )}
                {p.symptom && (
                  <Box variant="small" color="text-body-secondary">
                    <b>Until then:</b> {p.symptom}
                  </Box>
                )}
              </SpaceBetween>
            ),
        },
      ]}
    />
  );
}
