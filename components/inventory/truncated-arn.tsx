'use client';

import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/**
 * A long ARN in a table cell: one line cut with an ellipsis where its column ends (the whole ARN on hover, in the
 * DOM and in the copy button's name), then its copy button. Its length never widens the table (`contain:
 * inline-size`): the column takes the width the others leave, so a wide ARN is never cut off unseen at the edge of a
 * table that scrolls sideways. Props: `value` (the ARN), `label` (what it is, e.g. "share ARN"; default "ARN"),
 * `display` (shorter text to show, e.g. the part that identifies it; the whole ARN is still what is copied).
 */
export function TruncatedArn({ value, label = 'ARN', display }: { value: string; label?: string; display?: string }) {
  if (!value) return <>-</>;
  return (
    <span
      style={{ display: 'flex', alignItems: 'center', gap: 2, width: '100%', minWidth: 120, contain: 'inline-size' }}
    >
      <span title={value} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
        {display ?? value}
      </span>
      <CopyToClipboard
        variant="icon"
        textToCopy={value}
        copyButtonAriaLabel={`Copy ${label} ${value}`}
        copySuccessText={`${label[0].toUpperCase()}${label.slice(1)} copied`}
        copyErrorText={`${label[0].toUpperCase()}${label.slice(1)} could not be copied`}
      />
    </span>
  );
}
