'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { CopyableId } from '@/components/common/copyable-id';
import { SectionError } from '@/components/common/section-error';
import { createDnsRecord, enableVpcDnsAttributes } from '@/lib/actions/consumer-dns';
import { runAction } from '@/lib/actions/action-result';
import { createDnsRecordSchema, NEW_HOSTED_ZONE } from '@/lib/consumer/schemas';
import type { RecordCheck } from '@/lib/consumer/dns-check';
import { fieldErrorsOf, type ConsoleError, type FieldErrors } from '@/lib/errors';
import type { AssociatedEndpoint } from '@/lib/consumer/panel';
import { ActionError } from './action-error';
import { useCanMutate } from '@/components/common/access';

interface Failure {
  error: ConsoleError;
  fieldErrors?: FieldErrors;
}

function RecordStatus({ check }: { check: RecordCheck }) {
  switch (check.status.kind) {
    case 'present':
      return <StatusIndicator type="success">In place</StatusIndicator>;
    case 'missing':
      return <StatusIndicator type="pending">Missing</StatusIndicator>;
    case 'points-elsewhere':
      return <StatusIndicator type="warning">Points at {check.status.target}</StatusIndicator>;
  }
}

function VpcDnsFix({ vpcId, off }: { vpcId: string; off: string[] }) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure>();
  const mutate = useCanMutate();
  const fix = () =>
    startTransition(async () => {
      const result = await runAction(enableVpcDnsAttributes, { vpcId });
      setFailure(result.ok ? undefined : result);
    });
  return (
    <Alert
      type="warning"
      header={`${vpcId} has ${off.join(' and ')} turned off`}
      action={
        <Button loading={pending} disabled={!mutate.allowed} disabledReason={mutate.reason} onClick={fix}>
          Turn on DNS support and DNS hostnames
        </Button>
      }
    >
      Private hosted zones only resolve in a VPC with both enableDnsSupport and enableDnsHostnames on.
      {failure && <ActionError error={failure.error} />}
    </Alert>
  );
}

function EndpointDns({
  domainArn,
  domainName,
  item,
}: {
  domainArn: string;
  domainName: string;
  item: AssociatedEndpoint;
}) {
  const [pending, startTransition] = useTransition();
  const dns = item.dns;
  const check = dns?.ok ? dns.data.check : undefined;
  const zones = dns?.ok ? dns.data.zones : [];
  const [zone, setZone] = useState<string>(check?.effectiveZone?.id ?? (zones.length ? '' : NEW_HOSTED_ZONE));
  const [errors, setErrors] = useState<Partial<FieldErrors>>({});
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState<string>();
  const mutate = useCanMutate();

  if (!item.endpoint) {
    return (
      <Alert type="warning" header={`${item.vpceId} no longer exists in this Region`}>
        A record cannot point at it. Delete this association below, then associate an existing endpoint.
      </Alert>
    );
  }
  const endpoint = item.endpoint;
  if (dns && !dns.ok) return <SectionError error={dns.error} what={`DNS for ${endpoint.id}`} />;
  if (!check) return null;

  const options = [
    ...zones.map((z) => ({
      value: z.id,
      label: `${z.name} (${z.id})`,
      description: z.id === check.effectiveZone?.id ? 'Answers for this name in the VPC' : 'Parent zone',
    })),
    ...(zones.some((z) => z.name === domainName)
      ? []
      : [
          {
            value: NEW_HOSTED_ZONE,
            label: `Create a private hosted zone ${domainName}`,
            description: `Associated with ${endpoint.vpcId}`,
          },
        ]),
  ];
  const chosen = options.find((o) => o.value === zone) ?? null;
  const allPresent = check.records.length > 0 && check.records.every((r) => r.status.kind === 'present');

  const create = () => {
    const input = { domainNameArn: domainArn, vpcEndpointId: endpoint.id, hostedZone: zone };
    const parsed = createDnsRecordSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues));
      return;
    }
    startTransition(async () => {
      const result = await runAction(createDnsRecord, parsed.data);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFailure(result);
        setDone(undefined);
        return;
      }
      setErrors({});
      setFailure(undefined);
      setDone(
        `${result.data.records.map((t) => `Alias ${t}`).join(' and ')} for ${domainName} written to ${result.data.zoneName} (${result.data.zoneId})${result.data.createdZone ? ', a new private hosted zone on ' + endpoint.vpcId : ''}.`,
      );
    });
  };

  return (
    <SpaceBetween size="m">
      <Header
        variant="h3"
        description={`VPC ${endpoint.vpcId}${endpoint.vpcName ? ` (${endpoint.vpcName})` : ''}, IP type ${endpoint.ipAddressType}`}
      >
        Records for {endpoint.id}
      </Header>
      {check.noTargetReason ? (
        <Alert type="error">{check.noTargetReason}</Alert>
      ) : (
        <Table<RecordCheck>
          variant="embedded"
          wrapLines
          ariaLabels={{ tableLabel: `DNS records for ${endpoint.id}` }}
          items={check.records}
          trackBy={(r) => r.spec.type}
          columnDefinitions={[
            { id: 'name', header: 'Record name', cell: (r) => <CopyableId value={r.spec.name} label="record name" /> },
            { id: 'type', header: 'Type', width: 110, cell: (r) => `${r.spec.type} (alias)` },
            {
              id: 'target',
              header: 'Alias target',
              cell: (r) => <CopyableId value={r.spec.aliasTarget.dnsName} label="alias target" />,
            },
            {
              id: 'zone',
              header: 'Target hosted zone id',
              cell: (r) => <CopyableId value={r.spec.aliasTarget.hostedZoneId} label="target hosted zone id" />,
            },
            { id: 'status', header: 'Status', width: 170, cell: (r) => <RecordStatus check={r} /> },
          ]}
        />
      )}
      {check.vpcAttributesOff && check.vpcAttributesOff.length > 0 && (
        <VpcDnsFix vpcId={endpoint.vpcId} off={check.vpcAttributesOff} />
      )}
      {item.vpcDns && !item.vpcDns.ok && <SectionError error={item.vpcDns.error} what="VPC DNS attributes" />}
      {done && (
        <Alert type="success" dismissible onDismiss={() => setDone(undefined)} data-testid="dns-result">
          {done}
        </Alert>
      )}
      {!check.noTargetReason && (
        <SpaceBetween size="s">
          {failure && (
            <ActionError error={failure.error} fieldErrors={failure.fieldErrors} shownFields={['hostedZone']} />
          )}
          <FormField
            label="Private hosted zone"
            description={`A zone associated with ${endpoint.vpcId} and named ${domainName} or a parent of it. The record is written with UPSERT, so running this again is safe.`}
            errorText={errors.hostedZone ?? errors.vpcEndpointId}
          >
            <SpaceBetween direction="horizontal" size="xs">
              <div style={{ minWidth: 420 }}>
                <Select
                  ariaLabel={`Private hosted zone for ${endpoint.id}`}
                  placeholder="Choose a zone"
                  selectedOption={chosen}
                  options={options}
                  onChange={({ detail }) => setZone(detail.selectedOption.value ?? '')}
                />
              </div>
              <Button
                variant={allPresent ? 'normal' : 'primary'}
                loading={pending}
                disabled={!mutate.allowed}
                disabledReason={mutate.reason}
                onClick={create}
              >
                {allPresent ? 'Write the record again' : 'Create DNS record'}
              </Button>
            </SpaceBetween>
          </FormField>
        </SpaceBetween>
      )}
    </SpaceBetween>
  );
}

/** Step 3: the exact alias record(s) per associated endpoint, written into a private hosted zone on its VPC. */
export function DnsStep({
  domainArn,
  domainName,
  associated,
}: {
  domainArn: string;
  domainName: string;
  associated: AssociatedEndpoint[];
}) {
  // The step's header already says why there is nothing to do yet.
  if (associated.length === 0) return null;
  return (
    <SpaceBetween size="l">
      {associated.map((a) => (
        <EndpointDns key={a.associationArn} domainArn={domainArn} domainName={domainName} item={a} />
      ))}
    </SpaceBetween>
  );
}
