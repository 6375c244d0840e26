'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { AliasRecordSpec } from '@/lib/invoke/dns';
import type { InvokeForm } from '@/lib/invoke/types';
import { formWarnings, type Snippet } from '@/lib/snippets';
import { CopyableId } from '@/components/common/copyable-id';
import { Details } from '@/components/common/details';
import { CorsVerdictView } from './cors-verdict';
import { DnsRecordsToCreate } from './dns-records';
import { PrerequisitesTable } from './prerequisites-table';
import { SnippetTabs } from './snippet-tabs';
import { ZonalAlternatives } from './zonal-alternatives';

function SnippetWarning({ form }: { form: InvokeForm }) {
  const notMet = form.prerequisites.filter((p) => p.status === 'not-met');
  const unknown = form.prerequisites.filter((p) => p.status === 'unknown');
  if (notMet.length > 0) {
    return (
      <Alert
        type="warning"
        header="These snippets will fail until the prerequisites below are met"
        data-testid={`snippet-warning-${form.id}`}
      >
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {notMet.map((p) => (
            <li key={p.id}>
              <b>{p.label}:</b> {p.fix}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  if (unknown.length > 0) {
    return (
      <Alert type="info" header="Not verified" data-testid={`snippet-warning-${form.id}`}>
        The console cannot check {unknown.map((p) => p.label.charAt(0).toLowerCase() + p.label.slice(1)).join('; ')}. A
        200 confirms them; a 403 means one of them is missing (see Prerequisites).
      </Alert>
    );
  }
  return null;
}

function Headers({ form }: { form: InvokeForm }) {
  if (form.headers.length === 0) return <>None</>;
  return (
    <SpaceBetween size="xxs">
      {form.headers.map((h) => (
        <CopyableId key={h.name} value={`${h.name}: ${h.value}`} label={`${h.name} header`} />
      ))}
    </SpaceBetween>
  );
}

/**
 * Everything about one invoke form: URL, headers, TLS/SNI, DNS, when to use it and what breaks it, the DNS
 * record to create (custom domain), prerequisites, and the snippets with a warning when they cannot work yet.
 * Props: `form`, `snippets`, optional `aliasRecords` (B1), `vpcId` and `emulatorRun` (shown under the snippets).
 */
export function FormDetails({
  form,
  snippets,
  aliasRecords,
  vpcId,
  emulatorRun,
}: {
  form: InvokeForm;
  snippets: Snippet[];
  aliasRecords?: AliasRecordSpec[];
  vpcId?: string;
  emulatorRun?: React.ReactNode;
}) {
  const usable = form.status !== 'not-applicable';
  const dnsRecordMet = form.prerequisites.find((p) => p.id === 'dns-record')?.status === 'met';
  // The CORS verdict already lists what the API's gateway responses lack; the notes would repeat it.
  const notes = form.notes.filter((n) => !(usable && form.cors?.missing.includes(n)));
  return (
    <SpaceBetween size="l">
      {!usable && (
        <Alert type="info" header="Not for this client" data-testid={`not-applicable-${form.id}`}>
          {form.notApplicableReason}
        </Alert>
      )}
      <Details
        columns={2}
        ariaLabel={`${form.id} request details`}
        items={[
          { label: 'URL', value: <CopyableId value={form.url} label={`${form.id} URL`} /> },
          { label: 'Headers', value: <Headers form={form} /> },
          ...(form.credentialHeaders?.length
            ? [
                {
                  label: 'Credentials the method needs',
                  value: form.credentialHeaders.map((h) => `${h.name}: ${h.value}`).join(', '),
                },
              ]
            : []),
          { label: 'TLS server name (SNI)', value: form.sni },
          { label: 'TLS', value: form.tlsNote },
          { label: 'DNS', value: form.dnsPrerequisite },
          {
            label: 'Through VPC endpoint',
            value: form.vpceId ? <CopyableId value={form.vpceId} label="VPC endpoint ID" /> : undefined,
          },
          ...(form.signing
            ? [
                {
                  label: 'Signing (AWS_IAM)',
                  value: `SigV4, service ${form.signing.service}, Region ${form.signing.region}, signed host ${form.signing.signedHost}. ${form.signing.note}`,
                },
              ]
            : []),
        ]}
      />
      {usable && form.cors && <CorsVerdictView cors={form.cors} formId={form.id} />}
      {usable && form.zonalAlternatives && <ZonalAlternatives alternatives={form.zonalAlternatives} formId={form.id} />}
      {notes.length > 0 && (
        <Box variant="div">
          {notes.map((n) => (
            <Box key={n} variant="p" color="text-body-secondary">
              {n}
            </Box>
          ))}
        </Box>
      )}
      <ColumnLayout columns={2} variant="text-grid">
        <SpaceBetween size="xxs">
          <Box variant="h4">When to use it</Box>
          <Box variant="p">{form.explanation.whenToUse}</Box>
        </SpaceBetween>
        <SpaceBetween size="xxs">
          <Box variant="h4">What breaks it</Box>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {form.explanation.whatBreaksIt.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </SpaceBetween>
      </ColumnLayout>
      {form.id === 'B1' && usable && aliasRecords && aliasRecords.length > 0 && (
        <DnsRecordsToCreate records={aliasRecords} present={dnsRecordMet} vpcId={vpcId} />
      )}
      {usable && <PrerequisitesTable items={form.prerequisites} formId={form.id} />}
      {usable && snippets.length > 0 && (
        <SpaceBetween size="s">
          <Header variant="h3">Snippets</Header>
          <SnippetWarning form={form} />
          <SnippetTabs snippets={snippets} formId={form.id} shownAbove={formWarnings(form)} />
          {emulatorRun}
        </SpaceBetween>
      )}
    </SpaceBetween>
  );
}
