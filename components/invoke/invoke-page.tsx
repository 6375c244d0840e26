'use client';

import dynamic from 'next/dynamic';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { LoadedAnswer } from '@/lib/invoke-ui/answer';
import type { ChoiceErrors, InvokeChoices } from '@/lib/invoke-ui/choices';
import { invokeHref, type FieldErrors, type InvokeSelection, type RawSelection } from '@/lib/invoke-ui/selection';
import type { Section } from '@/lib/result';
import { PageHeader } from '@/components/common/page-header';
import { SectionError } from '@/components/common/section-error';
import { SituationForm } from './situation-form';
import { LazyLoading } from '@/components/common/lazy-loading';

// The answer (its forms, snippets and their highlighting) shows only once a target is chosen; its code loads then.
const InvokePanel = dynamic(() => import('./invoke-panel').then((m) => m.InvokePanel), { loading: LazyLoading });

/**
 * The /invoke page body: the situation form, then the answer (or why there is none).
 * Props: `selection`, `choices`, `choiceErrors`, `linkErrors` (invalid link parameters), `link` (raw link values),
 * `answer`, `region`.
 */
export function InvokePage({
  selection,
  choices,
  choiceErrors,
  linkErrors,
  link,
  answer,
  region,
}: {
  selection: InvokeSelection;
  choices: InvokeChoices;
  choiceErrors: ChoiceErrors;
  linkErrors: FieldErrors;
  link: RawSelection;
  answer?: Section<LoadedAnswer>;
  region: string;
}) {
  const answerFieldError: FieldErrors =
    answer && !answer.ok && answer.error.field ? { [answer.error.field]: answer.error.message } : {};
  // Request values no snippet can carry belong next to the field that holds them.
  const snippetFieldErrors: FieldErrors = answer?.ok ? answer.data.answer.snippetErrors : {};
  const invalid = Object.entries(linkErrors);
  return (
    <SpaceBetween size="l">
      <PageHeader
        title="Invoke URLs"
        breadcrumbs={[
          { text: 'Private domains', href: '/' },
          { text: 'Invoke URLs', href: '/invoke' },
        ]}
        description={`What URL to call, from where, with which header — for the situation the client is actually in (${region}).`}
      />
      {invalid.length > 0 && (
        <Alert type="error" header="This link has values the console cannot use" data-testid="link-errors">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {invalid.map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
          Correct them below; the answer appears once the selection is valid.
        </Alert>
      )}
      <SituationForm
        selection={selection}
        choices={choices}
        choiceErrors={choiceErrors}
        serverErrors={{ ...linkErrors, ...snippetFieldErrors, ...answerFieldError }}
        link={link}
      />
      {answer === undefined && invalid.length === 0 && (
        <Container>
          <Box textAlign="center" color="text-body-secondary" padding="l">
            Choose a private REST API or a private custom domain to see every way to call it from this client.
          </Box>
        </Container>
      )}
      {answer && !answer.ok && <SectionError error={answer.error} what="Invoke answer" />}
      {answer && answer.ok && (
        <InvokePanel
          key={invokeHref(selection)}
          answer={answer.data.answer}
          vpcId={answer.data.vpcId}
          invokeHref={invokeHref(selection)}
        />
      )}
    </SpaceBetween>
  );
}
