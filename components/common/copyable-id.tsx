'use client';

import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/** Ids up to this length stay on one line; longer values (ARNs, URLs) wrap. */
const ONE_LINE = 40;

/**
 * Soft break points after an ARN's or URL's separators (`:`, `/`, and the `+` before a domain name id): a long value
 * wraps between its parts, not mid-word.
 */
function withBreaks(text: string): React.ReactNode[] {
  return text.split(/(?<=[:/+])/).flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

/**
 * An id or ARN with a copy button. Props: `value` (copied and shown), `label` (what it is, for the button's
 * accessible name and the "copied" message, e.g. "ARN"), optional `display` to show shorter text than is copied.
 */
export function CopyableId({ value, label = 'ID', display }: { value: string; label?: string; display?: string }) {
  if (!value) return <>-</>;
  const shown = display ?? value;
  const button = {
    textToCopy: value,
    copyButtonAriaLabel: `Copy ${label} ${value}`,
    copySuccessText: `${label} copied`,
    copyErrorText: `${label} could not be copied`,
  };
  if (shown.length <= ONE_LINE)
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        <CopyToClipboard variant="inline" textToDisplay={display} {...button} />
      </span>
    );
  // The button first, as in the one-line form; the value wraps in its own column beside it.
  return (
    <span style={{ display: 'inline-flex', alignItems: 'flex-start', gap: 4 }}>
      <CopyToClipboard variant="icon" {...button} />
      <span>{withBreaks(shown)}</span>
    </span>
  );
}
