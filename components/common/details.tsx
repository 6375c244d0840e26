'use client';

import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';

export interface DetailItem {
  label: string;
  /** `undefined`, `null` and `''` render as "-". */
  value: React.ReactNode;
  info?: React.ReactNode;
}

/** Key-value details of one resource. Props: `items`, optional `columns` (1–4, default 3), optional `ariaLabel`. */
export function Details({
  items,
  columns = 3,
  ariaLabel,
}: {
  items: DetailItem[];
  columns?: number;
  ariaLabel?: string;
}) {
  return (
    <KeyValuePairs
      columns={columns}
      ariaLabel={ariaLabel}
      items={items.map((i) => ({
        label: i.label,
        info: i.info,
        value: i.value === undefined || i.value === null || i.value === '' ? '-' : i.value,
      }))}
    />
  );
}
