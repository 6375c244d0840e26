'use client';

import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/**
 * A long ARN in a table cell: one line cut with an ellipsis (the whole ARN in the tooltip and the DOM), then its
 * copy button, so a narrow column never stacks it one character per line. Props: `value` (the ARN).
 */
export function TruncatedArn({ value }: { value: string }) {
  if (!value) return <>-</>;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', maxWidth: 280, gap: 2 }}>
      <span title={value} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
        {value}
      </span>
      <CopyToClipboard
        variant="icon"
        textToCopy={value}
        copyButtonAriaLabel={`Copy ARN ${value}`}
        copySuccessText="ARN copied"
        copyErrorText="ARN could not be copied"
      />
    </span>
  );
}
