'use client';

import { TAB_SCROLL_LABELS } from '@/components/common/url-tabs';
import Alert from '@cloudscape-design/components/alert';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import CodeView from '@cloudscape-design/code-view/code-view';
import javascriptHighlight from '@cloudscape-design/code-view/highlight/javascript';
import pythonHighlight from '@cloudscape-design/code-view/highlight/python';
import shHighlight from '@cloudscape-design/code-view/highlight/sh';
import type { Snippet } from '@/lib/snippets/types';

const HIGHLIGHT: Partial<Record<Snippet['language'], (code: string) => React.ReactNode>> = {
  sh: shHighlight,
  python: pythonHighlight,
  javascript: javascriptHighlight,
};

/**
 * The snippets of one form in tabs, each with a copy button; a snippet's own warnings (e.g. what a tool cannot
 * send) sit above its code. Props: `snippets`, `formId` (names the copy buttons: "Copy curl snippet for B1"),
 * `shownAbove` (form-level warnings the caller already shows once for all tabs).
 */
export function SnippetTabs({
  snippets,
  formId,
  shownAbove,
}: {
  snippets: Snippet[];
  formId: string;
  shownAbove: string[];
}) {
  return (
    <Tabs
      ariaLabel={`Snippets for ${formId}`}
      i18nStrings={TAB_SCROLL_LABELS}
      variant="container"
      tabs={snippets.map((s) => ({
        id: s.id,
        label: s.label,
        content: (
          <SpaceBetween size="s">
            {s.warnings
              .filter((w) => !shownAbove.includes(w))
              .map((w) => (
                <Alert key={w} type="warning">
                  {w}
                </Alert>
              ))}
            <CodeView
              content={s.code}
              highlight={HIGHLIGHT[s.language]}
              ariaLabel={`${s.label} snippet for ${formId}`}
              actions={
                <CopyToClipboard
                  variant="icon"
                  textToCopy={s.code}
                  copyButtonAriaLabel={`Copy ${s.label} snippet for ${formId}`}
                  copySuccessText={`${s.label} snippet copied`}
                  copyErrorText={`${s.label} snippet could not be copied`}
                />
              }
            />
          </SpaceBetween>
        ),
      }))}
    />
  );
}
