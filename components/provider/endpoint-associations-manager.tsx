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
import { SectionError } from '@/components/common/section-error';
import { runAction } from '@/lib/actions/action-result';
import { changeEndpointAssociations } from '@/lib/actions/apis';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';
import { splitIds } from '@/lib/domains/endpoint-ids';
import type { Section } from '@/lib/result';
import { ActionFlash, type Flash } from './action-flash';
import { ConfirmModal } from './confirm-modal';
import { useCanMutate } from '@/components/common/access';

/**
 * `endpointConfiguration.vpcEndpointIds`: DNS aliases `{api-id}-{vpce-id}.execute-api…` only (docs/aws/resources.md#api-to-endpoint-association) —
 * access is still decided by the resource policy, and a redeploy is needed.
 */
export function EndpointAssociationsManager({
  restApiId,
  associated,
  endpoints,
  region,
}: {
  restApiId: string;
  associated: string[];
  endpoints: Section<VpcEndpoint[]>;
  region: string;
}) {
  const [toAdd, setToAdd] = useState<string[]>([]);
  const [otherText, setOtherText] = useState('');
  const [toRemove, setToRemove] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  const own = endpoints.ok ? endpoints.data.filter((e) => !associated.includes(e.id)) : [];

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
        {!endpoints.ok && <SectionError error={endpoints.error} what="VPC endpoints of this account" />}
        <FormField label="Associate endpoints of this account" errorText={error}>
          <Multiselect
            ariaLabel="Associate endpoints of this account"
            placeholder={own.length ? 'Choose endpoints' : 'No other execute-api endpoints in this account'}
            selectedOptions={toAdd.map((id) => ({ value: id, label: id }))}
            options={own.map((e) => ({
              value: e.id,
              label: e.id,
              description: `${e.name ? `${e.name} · ` : ''}${e.vpcId}`,
            }))}
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
