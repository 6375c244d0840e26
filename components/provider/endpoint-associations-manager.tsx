'use client';

import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { CopyableId } from '@/components/common/copyable-id';
import { runAction } from '@/lib/actions/action-result';
import { changeEndpointAssociations } from '@/lib/actions/apis';
import { formReads, type EndpointOption } from '@/lib/domains/edit-options';
import { splitIds } from '@/lib/domains/endpoint-ids';
import { ActionFlash, type Flash } from './action-flash';
import { ConfirmModal } from './confirm-modal';
import { useCanMutate } from '@/components/common/access';
import { useRemoteOptions } from '@/components/options/use-remote-options';

const endpointOption = (e: EndpointOption) => ({
  value: e.id,
  label: e.id,
  description: [e.name, e.vpcName ? `${e.vpcId} (${e.vpcName})` : e.vpcId].filter(Boolean).join(' · '),
});

/**
 * The endpoints of this account that are not yet associated load page by page from `/vpc-endpoints/options`
 * when the list opens.
 *
 * `endpointConfiguration.vpcEndpointIds`: DNS aliases `{api-id}-{vpce-id}.execute-api…` only (docs/aws/resources.md#api-to-endpoint-association) —
 * access is still decided by the resource policy, and a redeploy is needed.
 */
export function EndpointAssociationsManager({
  restApiId,
  associated,
  region,
}: {
  restApiId: string;
  associated: string[];
  region: string;
}) {
  const [toAdd, setToAdd] = useState<string[]>([]);
  const [otherText, setOtherText] = useState('');
  const [toRemove, setToRemove] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  const endpoints = useRemoteOptions(
    formReads.endpointOptions({ exclude: associated }),
    endpointOption,
    'other endpoints',
  );

  const apply = async (add: string[], remove: string[]) => {
    setBusy(true);
    const r = await runAction(changeEndpointAssociations, { restApiId, add, remove });
    setBusy(false);
    setToRemove(undefined);
    if (!r.ok) {
      setError(r.fieldErrors ? Object.values(r.fieldErrors).at(0) : undefined);
      if (!r.fieldErrors) setFlash({ type: 'error', error: r.error });
      return;
    }
    setError(undefined);
    setToAdd([]);
    setOtherText('');
    setFlash({ type: 'success', message: r.data.message });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Associating an endpoint publishes {api-id}-{vpce-id}.execute-api DNS names. It grants nothing: the resource policy still decides. Redeploy afterwards."
        >
          VPC endpoint associations
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
        {associated.length === 0 ? (
          <Box color="text-status-inactive">No VPC endpoints are associated.</Box>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="associated-endpoints">
            {associated.map((id) => (
              <li key={id} style={{ marginBottom: 6 }}>
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <CopyableId value={id} label="VPC endpoint ID" />
                  <CopyableId
                    value={`https://${restApiId}-${id}.execute-api.${region}.amazonaws.com`}
                    label="alias URL"
                  />
                  <Button
                    variant="inline-link"
                    ariaLabel={`Disassociate ${id}`}
                    disabled={!mutate.allowed}
                    disabledReason={mutate.reason}
                    onClick={() => setToRemove(id)}
                  >
                    Disassociate
                  </Button>
                </SpaceBetween>
              </li>
            ))}
          </ul>
        )}
        <FormField label="Associate endpoints of this account" errorText={error}>
          <Multiselect
            ariaLabel="Associate endpoints of this account"
            {...endpoints.selectProps}
            placeholder="Choose endpoints"
            filteringPlaceholder="Find endpoints by id, name, VPC or subnet"
            selectedOptions={toAdd.map((id) => ({ value: id, label: id }))}
            onChange={({ detail }) => {
              setToAdd(detail.selectedOptions.flatMap((o) => (o.value ? [o.value] : [])));
            }}
          />
        </FormField>
        <FormField label="Endpoints of other accounts" constraintText="Optional. One vpce- id per line.">
          <Textarea
            ariaLabel="Endpoints of other accounts to associate"
            rows={2}
            value={otherText}
            onChange={({ detail }) => setOtherText(detail.value)}
          />
        </FormField>
        <Box float="right">
          <Button
            variant="primary"
            loading={busy}
            disabled={!mutate.allowed}
            disabledReason={mutate.reason}
            onClick={() => void apply([...toAdd, ...splitIds(otherText)], [])}
          >
            Associate
          </Button>
        </Box>
      </SpaceBetween>
      {toRemove && (
        <ConfirmModal
          header={`Disassociate ${toRemove}?`}
          confirmText="Disassociate"
          onDismiss={() => setToRemove(undefined)}
          onConfirm={() => apply([], [toRemove])}
        >
          https://{restApiId}-{toRemove}.execute-api.{region}.amazonaws.com stops resolving after the next deployment.
          Calls through other URL forms are not affected; the resource policy is unchanged.
        </ConfirmModal>
      )}
    </Container>
  );
}
