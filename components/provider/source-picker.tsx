'use client';

import { useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { SectionError } from '@/components/common/section-error';
import { splitIds } from '@/lib/domains/endpoint-ids';
import type { SourceAllowList } from '@/lib/policies';
import type { WizardOptions } from './wizard-types';

/**
 * Who may invoke: this account's execute-api endpoints from a list, other accounts' endpoints and whole VPCs by id.
 * Used by the create wizard and by the policy editors on the domain and API pages.
 */
export function SourcePicker({
  value,
  onChange,
  endpoints,
  errors = {},
  errorPrefix = 'access',
}: {
  value: Required<SourceAllowList>;
  onChange: (next: Required<SourceAllowList>) => void;
  endpoints: WizardOptions['endpoints'];
  errors?: Record<string, string>;
  errorPrefix?: string;
}) {
  const own = endpoints.ok ? endpoints.data : [];
  const ownIds = new Set(own.map((e) => e.id));
  const [otherText, setOtherText] = useState(() => value.vpceIds.filter((id) => !ownIds.has(id)).join('\n'));
  const [vpcText, setVpcText] = useState(() => value.vpcIds.join('\n'));
  const selectedOwn = value.vpceIds.filter((id) => ownIds.has(id));

  return (
    <SpaceBetween size="l">
      {!endpoints.ok && <SectionError error={endpoints.error} what="VPC endpoints of this account" />}
      <FormField
        label="VPC endpoints of this account"
        description="execute-api interface endpoints in this Region."
        errorText={errors[`${errorPrefix}.vpceIds`]}
      >
        <Multiselect
          ariaLabel="VPC endpoints of this account"
          placeholder={own.length ? 'Choose endpoints' : 'This account has no execute-api endpoints here'}
          selectedOptions={selectedOwn.map((id) => ({ value: id, label: id }))}
          options={own.map((e) => ({
            value: e.id,
            label: e.id,
            description: `${e.name ? `${e.name} · ` : ''}${e.vpcId} · ${e.state}`,
          }))}
          filteringType="auto"
          onChange={({ detail }) => {
            const chosen = detail.selectedOptions.flatMap((o) => (o.value ? [o.value] : []));
            onChange({ ...value, vpceIds: [...chosen, ...splitIds(otherText)] });
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
