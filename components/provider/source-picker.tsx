'use client';

import { useEffect, useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { SectionError } from '@/components/common/section-error';
import { splitIds } from '@/lib/domains/endpoint-ids';
import type { SourceAllowList } from '@/lib/policies';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { formReads, type EndpointOption } from '@/lib/domains/edit-options';
import { loadJson } from '@/lib/http/load-json';
import type { ListPage } from '@/lib/model/paging';
import type { Section } from '@/lib/result';
import { useRemoteOptions } from '@/components/options/use-remote-options';

const endpointOption = (e: EndpointOption) => ({
  value: e.id,
  label: e.id,
  description: [e.name, e.vpcName ? `${e.vpcId} (${e.vpcName})` : e.vpcId, e.state].filter(Boolean).join(' · '),
});

type Sources = Required<SourceAllowList>;

/**
 * Who may invoke: this account's execute-api endpoints from a list, other accounts' endpoints and whole VPCs by id.
 * Used by the create wizard and by the policy editors on the domain and API pages. The endpoint list loads page by
 * page from `/vpc-endpoints/options` when it opens; ids already in `value` are sorted into "this account" and
 * "other accounts" by one `?only=` look-up first.
 */
export function SourcePicker(props: {
  value: Sources;
  onChange: (next: Sources) => void;
  errors?: Record<string, string>;
  errorPrefix?: string;
}) {
  const [initial] = useState(props.value.vpceIds);
  const [ownIds, setOwnIds] = useState<Section<string[]> | undefined>(
    initial.length ? undefined : { ok: true, data: [] },
  );
  useEffect(() => {
    if (!initial.length) return;
    void loadJson<ListPage<EndpointOption>>(formReads.endpointOptions({ only: initial })).then((r) => {
      setOwnIds(r.ok ? { ok: true, data: r.data.items.map((e) => e.id) } : r);
    });
  }, [initial]);
  if (!ownIds) return <StatusIndicator type="loading">Loading this account’s VPC endpoints</StatusIndicator>;
  return <Picker {...props} ownIds={ownIds} />;
}

function Picker({
  value,
  onChange,
  ownIds,
  errors = {},
  errorPrefix = 'access',
}: {
  value: Sources;
  onChange: (next: Sources) => void;
  ownIds: Section<string[]>;
  errors?: Record<string, string>;
  errorPrefix?: string;
}) {
  const [selectedOwn, setSelectedOwn] = useState(() => {
    const own = new Set(ownIds.ok ? ownIds.data : []);
    return value.vpceIds.filter((id) => own.has(id));
  });
  const [otherText, setOtherText] = useState(() => value.vpceIds.filter((id) => !selectedOwn.includes(id)).join('\n'));
  const [vpcText, setVpcText] = useState(() => value.vpcIds.join('\n'));
  const endpoints = useRemoteOptions(formReads.endpointOptions(), endpointOption, 'execute-api endpoints');

  return (
    <SpaceBetween size="l">
      {!ownIds.ok && <SectionError error={ownIds.error} what="VPC endpoints of this account" />}
      <FormField
        label="VPC endpoints of this account"
        description="execute-api interface endpoints in this Region."
        errorText={errors[`${errorPrefix}.vpceIds`]}
      >
        <Multiselect
          ariaLabel="VPC endpoints of this account"
          {...endpoints.selectProps}
          placeholder="Choose endpoints"
          filteringPlaceholder="Find endpoints by id, name, VPC or subnet"
          selectedOptions={selectedOwn.map((id) => ({ value: id, label: id }))}
          onChange={({ detail }) => {
            const chosen = detail.selectedOptions.flatMap((o) => (o.value ? [o.value] : []));
            setSelectedOwn(chosen);
            onChange({ ...value, vpceIds: [...new Set([...chosen, ...splitIds(otherText)])] });
          }}
        />
      </FormField>
      <FormField
        label="VPC endpoints of other accounts"
        description="One id per line (vpce-…). Consumers see their endpoint ids on their VPC endpoints page."
        constraintText="Optional"
      >
        <Textarea
          ariaLabel="VPC endpoints of other accounts"
          value={otherText}
          rows={2}
          placeholder="vpce-0c22c0de5e72000e1"
          onChange={({ detail }) => {
            setOtherText(detail.value);
            onChange({ ...value, vpceIds: [...new Set([...selectedOwn, ...splitIds(detail.value)])] });
          }}
        />
      </FormField>
      <FormField
        label="VPCs"
        description="Allow every endpoint in these VPCs (aws:SourceVpc), any account. One id per line."
        constraintText="Optional"
        errorText={errors[`${errorPrefix}.vpcIds`]}
      >
        <Textarea
          ariaLabel="VPCs"
          value={vpcText}
          rows={2}
          placeholder="vpc-0c22c0de5e7200001"
          onChange={({ detail }) => {
            setVpcText(detail.value);
            onChange({ ...value, vpcIds: splitIds(detail.value) });
          }}
        />
      </FormField>
    </SpaceBetween>
  );
}
