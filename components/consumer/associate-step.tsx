'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ResourceTable, type ResourceColumn } from '@/components/common/resource-table';
import { CopyableId } from '@/components/common/copyable-id';
import { SectionError } from '@/components/common/section-error';
import { associateEndpointWithDomain } from '@/lib/actions/consumer-associations';
import { runAction } from '@/lib/actions/action-result';
import { createAssociationSchema } from '@/lib/consumer/schemas';
import { ASSOCIATION_DELAY_NOTE } from '@/lib/consumer/steps';
import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';
import type { AssociatedEndpoint, EndpointRow } from '@/lib/consumer/panel';
import { ActionError } from './action-error';
import { useCanMutate } from '@/components/common/access';

const ISSUE_TYPE = { error: 'error', warning: 'warning', info: 'info' } as const;

function Issues({ row }: { row: EndpointRow }) {
  if (row.issues.length === 0) return <StatusIndicator type="success">Can be associated</StatusIndicator>;
  return (
    <SpaceBetween size="xxs">
      {row.issues.map((i) => (
        <StatusIndicator key={i.kind} type={ISSUE_TYPE[i.severity]}>
          {i.message}
        </StatusIndicator>
      ))}
    </SpaceBetween>
  );
}

function vpcDnsText(row: EndpointRow): string {
  if (!row.vpcDns) return 'unknown';
  const { enableDnsSupport: s, enableDnsHostnames: h } = row.vpcDns;
  if (s && h) return 'support on, hostnames on';
  return `support ${s ? 'on' : 'off'}, hostnames ${h ? 'on' : 'off'}`;
}

const columns: ResourceColumn<EndpointRow>[] = [
  {
    id: 'endpoint',
    header: 'VPC endpoint',
    cell: (r) => (
      <SpaceBetween size="xxs">
        <CopyableId value={r.id} label="endpoint id" />
        {r.name && <Box variant="small">{r.name}</Box>}
      </SpaceBetween>
    ),
    sortValue: (r) => r.id,
    filterText: (r) => `${r.id} ${r.name ?? ''}`,
  },
  {
    id: 'vpc',
    header: 'VPC',
    cell: (r) => (
      <SpaceBetween size="xxs">
        <CopyableId value={r.vpcId} label="VPC id" />
        {r.vpcName && <Box variant="small">{r.vpcName}</Box>}
      </SpaceBetween>
    ),
    sortValue: (r) => r.vpcId,
    filterText: (r) => `${r.vpcId} ${r.vpcName ?? ''}`,
  },
  {
    id: 'privateDns',
    header: 'Private DNS',
    cell: (r) => (r.privateDnsEnabled ? 'On' : 'Off'),
    sortValue: (r) => r.privateDnsEnabled,
  },
  { id: 'vpcDns', header: 'VPC DNS attributes', cell: (r) => vpcDnsText(r), sortValue: (r) => vpcDnsText(r) },
  { id: 'ip', header: 'IP type', cell: (r) => r.ipAddressType, sortValue: (r) => r.ipAddressType },
  { id: 'fit', header: 'Notes', cell: (r) => <Issues row={r} />, sortValue: (r) => (r.selectable ? 0 : 1), width: 380 },
];

/** Step 2: pick one of this account's execute-api endpoints in the Region and create the association. */
export function AssociateStep({
  domainArn,
  region,
  endpoints,
  associations,
}: {
  domainArn: string;
  region: string;
  endpoints: Section<EndpointRow[]>;
  associations: Section<AssociatedEndpoint[]>;
}) {
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<EndpointRow[]>([]);
  const [failure, setFailure] = useState<{ error: ConsoleError; fieldErrors?: Record<string, string> }>();
  const [created, setCreated] = useState<string>();
  const mutate = useCanMutate();

  const associate = () => {
    const row = selected.at(0);
    const refuse = (message: string) =>
      setFailure({ error: { kind: 'invalid-input', title: 'Cannot associate this endpoint', message } });
    if (!row) {
      refuse('Select one of your endpoints first.');
      return;
    }
    const problem = row.selectable
      ? undefined
      : row.issues.find((i) => i.severity === 'error' || i.kind === 'already-associated')?.message;
    const parsed = createAssociationSchema.safeParse({ domainNameArn: domainArn, vpcEndpointId: row.id });
    if (problem || !parsed.success) {
      refuse(problem ?? parsed.error?.issues.at(0)?.message ?? '');
      return;
    }
    startTransition(async () => {
      const result = await runAction(associateEndpointWithDomain, parsed.data);
      if (!result.ok) {
        setFailure(result);
        setCreated(undefined);
        return;
      }
      setFailure(undefined);
      setSelected([]);
      setCreated(`Associated ${row.id}: ${result.data.associationArn}. ${ASSOCIATION_DELAY_NOTE}`);
    });
  };

  return (
    <SpaceBetween size="m">
      {created && (
        <Alert type="success" dismissible onDismiss={() => setCreated(undefined)} data-testid="associate-result">
          {created}
        </Alert>
      )}
      {failure && <ActionError error={failure.error} />}
      {!associations.ok && <SectionError error={associations.error} what="Your associations" />}
      {associations.ok && associations.data.length > 0 && (
        <SpaceBetween size="xs">
          {associations.data.map((a) => (
            <Box key={a.associationArn}>
              <StatusIndicator type="success">{a.vpceId} is associated</StatusIndicator>{' '}
              <CopyableId value={a.associationArn} label="association ARN" display="Association ARN" />
            </Box>
          ))}
        </SpaceBetween>
      )}
      {endpoints.ok ? (
        <ResourceTable
          items={endpoints.data}
          columns={columns}
          trackBy={(r) => r.id}
          title="Your execute-api endpoints"
          description={`Interface endpoints for execute-api in ${region}. Each endpoint that should reach the domain needs its own association.`}
          noun={['endpoint', 'endpoints']}
          empty={`This account has no execute-api interface endpoint in ${region}. Create one in the VPC your clients run in.`}
          filterParam="endpoints"
          selectionType="single"
          selectedItems={selected}
          onSelectionChange={setSelected}
          variant="embedded"
          headerVariant="h3"
          actions={
            <Button
              variant="primary"
              loading={pending}
              disabled={selected.length === 0 || !mutate.allowed}
              disabledReason={mutate.reason}
              onClick={associate}
            >
              Associate endpoint
            </Button>
          }
        />
      ) : (
        <SectionError error={endpoints.error} what="VPC endpoints" />
      )}
    </SpaceBetween>
  );
}
