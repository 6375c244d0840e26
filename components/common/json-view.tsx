'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import CodeView from '@cloudscape-design/code-view/code-view';
import jsonHighlight from '@cloudscape-design/code-view/highlight/json';
import { decodePolicyText } from '@/lib/policies';

/**
 * A policy (or any JSON) pretty-printed with a copy button. Props: `value` (raw text as AWS returns it, possibly
 * backslash-escaped, or an object), `label` (what it is, e.g. "Resource policy"), `emptyText` shown when there is none.
 */
export function JsonView({
  value,
  label,
  emptyText = 'None',
}: {
  value: unknown;
  label: string;
  emptyText?: React.ReactNode;
}) {
  if (value === undefined || value === null || value === '') return <Box color="text-status-inactive">{emptyText}</Box>;
  const decoded = decodePolicyText(value);
  if (!decoded.ok) {
    return (
      <SpaceBetween size="s">
        <Alert type="warning" header={`${label} is not valid JSON`}>
          {decoded.error}. Shown as stored.
        </Alert>
        <CodeView content={typeof value === 'string' ? value : JSON.stringify(value)} ariaLabel={label} />
      </SpaceBetween>
    );
  }
  const text = JSON.stringify(decoded.value, null, 2);
  return (
    <CodeView
      content={text}
      highlight={jsonHighlight}
      lineNumbers
      ariaLabel={label}
      actions={
        <CopyToClipboard
          variant="icon"
          textToCopy={text}
          copyButtonAriaLabel={`Copy ${label}`}
          copySuccessText={`${label} copied`}
          copyErrorText={`${label} could not be copied`}
        />
      }
    />
  );
}
