import type { Draft } from '@/lib/invoke-ui/draft';
import type { FieldErrors } from '@/lib/invoke-ui/selection';

/**
 * What each group of the situation form gets: the draft, a setter (`apply` = show the new answer now), `submit`
 * (apply what was typed, as Enter in a text field does) and errors.
 */
export interface FieldGroupProps {
  draft: Draft;
  set: (patch: Partial<Draft>, apply?: boolean) => void;
  submit: () => void;
  errors: FieldErrors;
}

/** Enter in a single-line text field applies the form. */
export function onEnter(submit: () => void) {
  return (e: { detail: { key: string } }) => {
    if (e.detail.key === 'Enter') submit();
  };
}
