'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { AuditEntry, AuditFilter } from '@/lib/model/audit';

interface Props {
  file: string;
  entries: AuditEntry[];
  total: number;
  unreadable: number;
  filter: AuditFilter;
}

const OUTCOME_OPTIONS = [
  { value: '', label: 'Any outcome' },
  { value: 'ok', label: 'ok' },
  { value: 'refused', label: 'refused' },
  { value: 'invalid', label: 'invalid' },
  { value: 'failed', label: 'failed' },
];

const STATUS = { ok: 'success', refused: 'stopped', invalid: 'warning', failed: 'error' } as const;

export function AuditTrail({ file, entries, total, unreadable, filter }: Props) {
  const router = useRouter();
  const [user, setUser] = useState(filter.user ?? '');
  const [action, setAction] = useState(filter.action ?? '');
  const [account, setAccount] = useState(filter.account ?? '');
  const [outcome, setOutcome] = useState(filter.outcome ?? '');
  const apply = () => {
    const query = new URLSearchParams(Object.entries({ user, action, account, outcome }).filter(([, v]) => v));
    router.push(`/audit${query.size ? `?${query.toString()}` : ''}`);
  };
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description={`${file}: ${total} entries${unreadable ? `, ${unreadable} unreadable lines` : ''}; newest first.`}
      >
        Audit trail
      </Header>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <Form actions={<Button variant="primary">Filter</Button>}>
          <ColumnLayout columns={4}>
            <FormField label="User (sub or email)">
              <Input value={user} onChange={({ detail }) => setUser(detail.value)} />
            </FormField>
            <FormField label="Action">
              <Input value={action} onChange={({ detail }) => setAction(detail.value)} />
            </FormField>
            <FormField label="Account">
              <Input value={account} onChange={({ detail }) => setAccount(detail.value)} />
            </FormField>
            <FormField label="Outcome">
              <Select
                selectedOption={OUTCOME_OPTIONS.find((o) => o.value === outcome) ?? null}
                options={OUTCOME_OPTIONS}
                onChange={({ detail }) => setOutcome(detail.selectedOption.value ?? '')}
              />
            </FormField>
          </ColumnLayout>
        </Form>
      </form>
      <Table
        variant="container"
        ariaLabels={{ tableLabel: 'Audit entries' }}
        items={entries}
        empty={<Box textAlign="center">No entries match.</Box>}
        wrapLines
        columnDefinitions={[
          { id: 'time', header: 'Time', cell: (e) => e.time },
          { id: 'user', header: 'User', cell: (e) => e.user.email ?? e.user.sub },
          { id: 'role', header: 'Role', cell: (e) => e.role ?? '–' },
          { id: 'action', header: 'Action', cell: (e) => e.action },
          {
            id: 'outcome',
            header: 'Outcome',
            cell: (e) => (
              <StatusIndicator type={STATUS[e.outcome]}>
                {e.outcome}
                {e.reason ? ` (${e.reason})` : ''}
              </StatusIndicator>
            ),
          },
          {
            id: 'where',
            header: 'Account · Region',
            cell: (e) => `${e.account ?? e.context ?? '–'} · ${e.region ?? '–'}`,
          },
          { id: 'targets', header: 'Targets', cell: (e) => e.targets.join('\n') || '–' },
          { id: 'requests', header: 'AWS request ids', cell: (e) => e.requestIds.join(' ') || '–' },
          { id: 'input', header: 'Input', cell: (e) => (e.input === undefined ? '–' : JSON.stringify(e.input)) },
        ]}
      />
    </SpaceBetween>
  );
}
