'use client';

import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/**
 * An id or ARN with a copy button. Props: `value` (copied and shown), `label` (what it is, for the button's
 * accessible name and the "copied" message, e.g. "ARN"), optional `display` to show shorter text than is copied.
 */
export function CopyableId({ value, label = 'ID', display }: { value: string; label?: string; display?: string }) {
  if (!value) return <>-</>;
  // Ids stay on one line; ARNs and URLs are long enough that they must be allowed to wrap.
  return (
    <span style={{ whiteSpace: (display ?? value).length <= 40 ? 'nowrap' : undefined }}>
      <CopyToClipboard
        variant="inline"
        textToCopy={value}
        textToDisplay={display}
        copyButtonAriaLabel={`Copy ${label} ${value}`}
        copySuccessText={`${label} copied`}
        copyErrorText={`${label} could not be copied`}
      />
    </span>
  );
}
