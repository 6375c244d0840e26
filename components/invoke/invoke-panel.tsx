'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { FormId, InvokeForm } from '@/lib/invoke/types';
import type { InvokeAnswer } from '@/lib/invoke-ui/answer';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { diagnoseHref } from '@/lib/diagnose/question';
import { AuthorizationNote } from './authorization-note';
import { EmulatorRun } from './emulator-run';
import { FormDetails } from './form-details';
import { FormStatusIndicator } from './form-status';

function initiallyOpen(answer: InvokeAnswer): FormId | undefined {
  const { forms, recommended } = answer.result;
  return recommended ?? forms.find((f) => f.status !== 'not-applicable')?.id;
}

function Overview({ answer, onOpen }: { answer: InvokeAnswer; onOpen: (id: FormId) => void }) {
  const { forms, recommended } = answer.result;
  return (
    <Table<InvokeForm>
      variant="embedded"
      wrapLines
      trackBy="id"
      items={forms}
      ariaLabels={{ tableLabel: 'Invoke forms' }}
      columnDefinitions={[
        {
          id: 'form',
          header: 'Form',
          width: 250,
          cell: (f) => (
            <SpaceBetween size="xxs" direction="horizontal" alignItems="center">
              <Link
                href={`#form-${f.id}`}
                onFollow={(e) => {
                  e.preventDefault();
                  onOpen(f.id);
                }}
              >
                {`${f.id} · ${f.title}`}
              </Link>
              {f.id === recommended && <Badge color="green">Recommended</Badge>}
            </SpaceBetween>
          ),
        },
        { id: 'status', header: 'Status', width: 200, cell: (f) => <FormStatusIndicator form={f} /> },
        {
          id: 'url',
          header: 'URL',
          cell: (f) =>
            f.status === 'not-applicable' ? (
              <Box color="text-status-inactive">{f.url}</Box>
            ) : (
              <CopyableId value={f.url} label={`${f.id} URL`} />
            ),
        },
        {
          id: 'headers',
          header: 'Headers',
          width: 240,
          cell: (f) => (f.headers.length ? f.headers.map((h) => `${h.name}: ${h.value}`).join(', ') : 'None'),
        },
      ]}
    />
  );
}

/**
 * The answer to "what URL do I call, from where, with which header": every form with its status, then each form's
 * details (URL, headers, TLS, DNS, prerequisites, snippets). The recommended form opens first.
 * Props: `answer` (from lib/invoke-ui/answer), optional `vpcId` of the client endpoint, optional `actions` (header
 * buttons) and `intro` (a line above the answer, e.g. which situation it is for).
 */
export function InvokePanel({
  answer,
  vpcId,
  actions,
  intro,
  invokeHref,
}: {
  answer: InvokeAnswer;
  vpcId?: string;
  actions?: React.ReactNode;
  intro?: React.ReactNode;
  /** The /invoke link this answer is for; each form then links to its diagnosis. */
  invokeHref?: string;
}) {
  const [open, setOpen] = useState<Set<FormId>>(() => {
    const first = initiallyOpen(answer);
    return new Set(first ? [first] : []);
  });
  const { forms, notes, recommended } = answer.result;
  const recommendedForm = forms.find((f) => f.id === recommended);

  const openForm = (id: FormId) => {
    setOpen((prev) => new Set(prev).add(id));
    // After React has expanded it.
    requestAnimationFrame(() =>
      document.getElementById(`form-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
  };

  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            actions={actions}
            description={
              recommendedForm
                ? `Use ${recommendedForm.id} (${recommendedForm.title}) for this client. Every other form is listed with what it needs.`
                : 'No form is ready for this client yet: open a form to see which prerequisites are missing and how to fix them.'
            }
          >
            Invoke URLs
          </Header>
        }
      >
        <SpaceBetween size="m">
          {intro}
          <AuthorizationNote authorization={answer.authorization} />
          {Object.keys(answer.snippetErrors).length > 0 && (
            <Alert type="error" header="No snippets for this request" data-testid="snippet-errors">
              {Object.values(answer.snippetErrors).join(' ')}
            </Alert>
          )}
          {notes.map((n) => (
            <Box key={n} variant="p" color="text-body-secondary">
              {n}
            </Box>
          ))}
          <Overview answer={answer} onOpen={openForm} />
        </SpaceBetween>
      </Container>
      {forms.map((f) => (
        <div key={f.id} id={`form-${f.id}`} data-testid={`invoke-form-${f.id}`}>
          <ExpandableSection
            variant="container"
            expanded={open.has(f.id)}
            onChange={({ detail }) =>
              setOpen((prev) => {
                const next = new Set(prev);
                if (detail.expanded) next.add(f.id);
                else next.delete(f.id);
                return next;
              })
            }
            headerText={`${f.id} · ${f.title}`}
            headerDescription={f.url}
            headerActions={
              <SpaceBetween size="xs" direction="horizontal" alignItems="center">
                {f.id === recommended && <Badge color="green">Recommended</Badge>}
                <FormStatusIndicator form={f} />
                {invokeHref && <InternalLink href={diagnoseHref(invokeHref, f.id)}>{`Diagnose ${f.id}`}</InternalLink>}
              </SpaceBetween>
            }
          >
            <FormDetails
              form={f}
              snippets={answer.snippets[f.id] ?? []}
              aliasRecords={f.id === 'B1' ? answer.aliasRecords : undefined}
              vpcId={vpcId}
              emulatorRun={invokeHref && <EmulatorRun invokeHref={invokeHref} formId={f.id} />}
            />
          </ExpandableSection>
        </div>
      ))}
    </SpaceBetween>
  );
}
