'use client';

import { useState, useSyncExternalStore, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ChoiceErrors, InvokeChoices } from '@/lib/invoke-ui/choices';
import { draftFromSelection, draftToRaw, mergeEdits, withLinkValues, type Draft } from '@/lib/invoke-ui/draft';
import { withoutSecrets } from '@/lib/invoke-ui/link-secrets';
import {
  invokeHref,
  parseSelection,
  type FieldErrors,
  type InvokeSelection,
  type RawSelection,
} from '@/lib/invoke-ui/selection';
import { ClientFields } from './client-fields';
import { RequestFields } from './request-fields';
import { TargetFields } from './target-fields';

const noSubscription = () => () => {};
/** Changing these picks another API, so the old request path means nothing there. */
const TARGET_FIELDS: (keyof Draft)[] = ['target', 'api', 'domain', 'domainId', 'basePath'];

/**
 * The /invoke question: what to call, from where, with which request. The URL is the state: applying a change
 * replaces the URL and the server computes the answer for it, so the link always reproduces what is shown.
 * Choices apply at once; typed fields apply with Enter or "Update answer". Secret-looking header values stay out of
 * the link unless the operator says otherwise: they stay in this form, the link carries a placeholder.
 * Props: `selection` (as the server resolved it), `choices`, `choiceErrors`, `serverErrors` (invalid link fields),
 * `link` (the raw link values).
 */
export function SituationForm({
  selection,
  choices,
  choiceErrors,
  serverErrors,
  link,
}: {
  selection: InvokeSelection;
  choices: InvokeChoices;
  choiceErrors: ChoiceErrors;
  serverErrors: FieldErrors;
  /** The link's own values; the invalid ones are shown as typed. */
  link: RawSelection;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState<Draft>(() =>
    withLinkValues(draftFromSelection(selection), link, Object.keys(serverErrors)),
  );
  const [errors, setErrors] = useState<FieldErrors>(serverErrors);
  const [keepSecrets, setKeepSecrets] = useState(true);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const appliedHref = invokeHref(selection);
  // A new answer (with the server's defaults filled in) resets the form in place; remounting it would close a
  // dropdown the operator has just opened.
  const [shownHref, setShownHref] = useState(appliedHref);
  const [sent, setSent] = useState<Draft>(draft);
  if (shownHref !== appliedHref) {
    setShownHref(appliedHref);
    setDraft(mergeEdits(draftFromSelection(selection), sent, draft));
    setErrors(serverErrors);
  }

  /** The selection as the link carries it. */
  const linked = (s: InvokeSelection, keep: boolean): InvokeSelection =>
    keep ? { ...s, headers: withoutSecrets(s.headers) } : s;

  const apply = (next: Draft, newTarget = false, keep = keepSecrets) => {
    const parsed = parseSelection(draftToRaw(next));
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const link = linked(parsed.selection, keep);
    let href = invokeHref(link);
    if (href === appliedHref) return;
    if (newTarget) {
      // Without method and path the server picks a request the new target really has.
      const url = new URL(href, 'http://link');
      url.searchParams.delete('method');
      url.searchParams.delete('path');
      href = `${url.pathname}${url.search}`;
    }
    // What was sent as the link: a value kept out of it then counts as the operator's edit and stays in the form.
    const redacted = link.headers.join('\n') !== parsed.selection.headers.join('\n');
    setSent(redacted ? { ...next, headersText: link.headers.join('\n') } : next);
    startTransition(() => router.replace(href, { scroll: false }));
  };

  const set = (patch: Partial<Draft>, applyNow = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (applyNow)
      apply(
        next,
        TARGET_FIELDS.some((f) => f in patch),
      );
  };

  // An invalid draft counts as changed, so "Update answer" can show its field errors.
  const parsedDraft = parseSelection(draftToRaw(draft));
  const dirty = !parsedDraft.ok || invokeHref(linked(parsedDraft.selection, keepSecrets)) !== appliedHref;

  const fieldProps = { draft, set, submit: () => apply(draft), errors };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Pick what the client calls and where it runs. The link of this page opens exactly this answer."
          actions={
            <SpaceBetween size="xs" direction="horizontal" alignItems="center">
              {pending && <StatusIndicator type="loading">Updating answer</StatusIndicator>}
              <Button variant={dirty ? 'primary' : 'normal'} disabled={!dirty || pending} onClick={() => apply(draft)}>
                Update answer
              </Button>
              <CopyToClipboard
                variant="button"
                textToCopy={`${origin}${appliedHref}`}
                copyButtonText="Copy link to this answer"
                copySuccessText="Link copied"
                copyErrorText="Link could not be copied"
              />
            </SpaceBetween>
          }
        >
          Client situation
        </Header>
      }
    >
      <ColumnLayout columns={3} variant="text-grid">
        <TargetFields {...fieldProps} choices={choices} choiceErrors={choiceErrors} />
        <ClientFields {...fieldProps} choices={choices} choiceErrors={choiceErrors} />
        <RequestFields
          {...fieldProps}
          keepSecrets={keepSecrets}
          onKeepSecrets={(keep) => {
            setKeepSecrets(keep);
            apply(draft, false, keep);
          }}
        />
      </ColumnLayout>
    </Container>
  );
}
