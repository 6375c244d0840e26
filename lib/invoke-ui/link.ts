/** A /invoke link (or the Invoke tab's request) read into a selection, keeping what it got wrong. */
import {
  DEFAULT_SELECTION,
  parseSelection,
  type FieldErrors,
  type InvokeSelection,
  type RawSelection,
} from './selection';

export interface InvokeLink {
  /** The valid part of the link: invalid parameters are left out so the rest still answers. */
  selection: InvokeSelection;
  /** Invalid parameters, by field; the answer waits until there are none. */
  errors: FieldErrors;
  /** The link names the request (method or path); otherwise the console picks one the target really has. */
  requestGiven: boolean;
}

export function readLink(raw: RawSelection): InvokeLink {
  const requestGiven = Boolean(raw.method?.trim() || raw.path?.trim());
  const parsed = parseSelection(raw);
  if (parsed.ok) return { selection: parsed.selection, errors: {}, requestGiven };
  const valid = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in parsed.errors)));
  const retry = parseSelection(valid);
  return { selection: retry.ok ? retry.selection : DEFAULT_SELECTION, errors: parsed.errors, requestGiven };
}
