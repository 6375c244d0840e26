'use client';

import { useState } from 'react';
import Select from '@cloudscape-design/components/select';
import { formReads } from '@/lib/domains/edit-options';
import type { ApiOption } from '@/lib/model/rest-apis';
import { useRemoteOptions } from './use-remote-options';

const apiOption = (a: ApiOption) => ({ value: a.id, label: a.name, labelTag: a.id });

/**
 * Picks one of the account's private REST APIs; the list loads page by page from `/apis/options` when it opens and
 * is filtered on the server. Props: `value` (the API id, '' for none), `onChange` (the chosen id), `ariaLabel`.
 */
export function ApiSelect({
  value,
  onChange,
  ariaLabel,
}: {
  value: string;
  onChange: (restApiId: string) => void;
  ariaLabel: string;
}) {
  const apis = useRemoteOptions(formReads.apiOptions, apiOption, 'private APIs');
  const [chosenName, setChosenName] = useState<string>();
  const name = apis.items.find((a) => a.id === value)?.name ?? chosenName;
  return (
    <Select
      ariaLabel={ariaLabel}
      {...apis.selectProps}
      placeholder="Choose a private API"
      filteringPlaceholder="Find private APIs by name or id"
      empty="This account has no private REST APIs in this Region."
      selectedOption={value ? { value, label: name ?? value, labelTag: name ? value : undefined } : null}
      onChange={({ detail }) => {
        setChosenName(detail.selectedOption.label);
        onChange(detail.selectedOption.value ?? '');
      }}
    />
  );
}
