'use client';

import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import type { AliasRecordSpec } from '@/lib/invoke/dns';
import { CopyableId } from '@/components/common/copyable-id';

/**
 * The alias record(s) the custom domain needs in a private hosted zone on the client's VPC. Props: `records`,
 * `present` (the engine found them), `vpcId`.
 */
export function DnsRecordsToCreate({
  records,
  present,
  vpcId,
}: {
  records: AliasRecordSpec[];
  present: boolean;
  vpcId?: string;
}) {
  return (
    <Table
      variant="embedded"
      wrapLines
      items={records}
      trackBy={(r) => `${r.name}-${r.type}`}
      ariaLabels={{ tableLabel: 'DNS records for the custom domain' }}
      header={
        <Header
          variant="h3"
          description={
            present
              ? `Present in a private hosted zone on ${vpcId ?? 'the client VPC'}.`
              : `Create in a private hosted zone named like the domain (or a parent) and associated with ${vpcId ?? 'the client VPC'}.`
          }
        >
          {present ? 'DNS record' : 'DNS record to create'}
        </Header>
      }
      columnDefinitions={[
        { id: 'name', header: 'Record name', cell: (r) => <CopyableId value={r.name} label="Record name" /> },
        { id: 'type', header: 'Type', cell: (r) => `${r.type} (alias)` },
        {
          id: 'target',
          header: 'Alias target',
          cell: (r) => <CopyableId value={r.aliasTarget.dnsName} label="Alias target" />,
        },
        {
          id: 'zone',
          header: 'Target hosted zone ID',
          cell: (r) => <CopyableId value={r.aliasTarget.hostedZoneId} label="Hosted zone ID" />,
        },
        { id: 'health', header: 'Evaluate target health', cell: () => 'No' },
      ]}
    />
  );
}
