import type { Draft } from '@/lib/invoke-ui/draft';
import type { FieldErrors } from '@/lib/invoke-ui/selection';

/** What each group of the situation form gets: the draft, a setter (`apply` = show the new answer now) and errors. */
export interface FieldGroupProps {
  draft: Draft;
  set: (patch: Partial<Draft>, apply?: boolean) => void;
  errors: FieldErrors;
}
