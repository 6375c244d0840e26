'use client';

import FormField from '@cloudscape-design/components/form-field';
import SegmentedControl, { type SegmentedControlProps } from '@cloudscape-design/components/segmented-control';

/**
 * One choice of the situation form as a segmented control in its form field. Props: `label`, optional
 * `controlLabel` (when the control's accessible name differs from the field's label), `description`, `errorText`,
 * `selectedId`, `options`, `onChange` (the chosen id).
 */
export function ChoiceField({
  label,
  controlLabel = label,
  description,
  errorText,
  selectedId,
  options,
  onChange,
}: {
  label: string;
  controlLabel?: string;
  description?: string;
  errorText?: string;
  selectedId: string | null;
  options: SegmentedControlProps.Option[];
  onChange: (id: string) => void;
}) {
  return (
    <FormField label={label} description={description} errorText={errorText}>
      <SegmentedControl
        label={controlLabel}
        selectedId={selectedId}
        options={options}
        onChange={({ detail }) => onChange(detail.selectedId)}
      />
    </FormField>
  );
}
