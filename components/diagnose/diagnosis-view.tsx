'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { SectionError } from '@/components/common/section-error';
import type { PolicyFindings } from '@/lib/diagnose/policy-findings';
import type { Diagnosis, Finding, LinkResult, LinkStatus, SideReading } from '@/lib/diagnose/walk';
import { PolicyLintList } from './policy-lint';
import { RemedyButton } from './remedy-button';
import { SignedQuestion } from './signed-question';
import type { Section } from '@/lib/result';

const STATUS: Record<LinkStatus, { type: StatusIndicatorProps.Type; text: string }> = {
  ok: { type: 'success', text: 'OK' },
  broken: { type: 'error', text: 'Broken' },
  unknown: { type: 'warning', text: 'Unknown' },
  'not-involved': { type: 'stopped', text: 'Not involved' },
};

function FindingPanel({ finding, kind }: { finding: Finding; kind: 'broken' | 'unknown' }) {
  const p = finding.prerequisite;
  return (
    <Container
      data-testid="diagnose-finding"
      header={
        <Header variant="h2" description={p.label}>
          {kind === 'broken' ? 'First broken link' : 'First link that cannot be checked from here'}:{' '}
          {finding.link.label}
        </Header>
      }
    >
      <SpaceBetween size="m">
        <div>
          <Box variant="awsui-key-label">Why</Box>
          {p.reason}
        </div>
        <div>
          <Box variant="awsui-key-label">What AWS answers the client</Box>
          {finding.answer}
        </div>
        <div>
          <Box variant="awsui-key-label">
            Fix{finding.ownerAccountId ? ` (account ${finding.ownerAccountId}, the ${OWNER[finding.owner]})` : ''}
          </Box>
          {finding.fix}
        </div>
        {finding.remedy && <RemedyButton remedy={finding.remedy} />}
        {finding.messageForOwner && (
          <SpaceBetween size="xs">
            <Box variant="awsui-key-label">Message for the account that owns it</Box>
            <Textarea ariaLabel="Message for the other account" readOnly rows={6} value={finding.messageForOwner} />
            <CopyToClipboard
              variant="button"
              textToCopy={finding.messageForOwner}
              copyButtonText="Copy the message"
              copySuccessText="Message copied"
              copyErrorText="The message could not be copied"
            />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}

const OWNER = { client: 'endpoint’s owner', provider: 'domain’s and API’s owner' } as const;

/** AWS_IAM and the operator has not said whether the client signs. */
function signingUnknown(d: Diagnosis): boolean {
  return d.links.some((l) => l.prerequisites.some((p) => p.id === 'iam-identity' && p.status === 'unknown'));
}

/** Whose credentials read each side: a side no context reaches stays "unknown". */
function SidesRead({ sides }: { sides: SideReading[] }) {
  return (
    <Box data-testid="diagnose-sides">
      {sides.map((s) => (
        <div key={s.side}>
          {s.side === 'client' ? 'Endpoint side' : 'Provider side'} (account {s.accountId}):{' '}
          {s.contextLabel
            ? `read with the context "${s.contextLabel}"`
            : 'no context of yours reaches this account; its links stay unknown'}
        </div>
      ))}
    </Box>
  );
}

function LinksTable({ links }: { links: LinkResult[] }) {
  return (
    <Table
      header={<Header variant="h2">Every link, in the order AWS evaluates them</Header>}
      items={links}
      trackBy="id"
      variant="container"
      wrapLines
      columnDefinitions={[
        { id: 'link', header: 'Link', cell: (l) => l.label, width: 240 },
        {
          id: 'status',
          header: 'Status',
          cell: (l) => <StatusIndicator type={STATUS[l.status].type}>{STATUS[l.status].text}</StatusIndicator>,
          width: 150,
        },
        {
          id: 'why',
          header: 'Details',
          // One line per prerequisite: a link such as DNS or TLS is made of several checks.
          cell: (l) =>
            l.prerequisites.length === 0
              ? '—'
              : l.prerequisites.map((p, i) => <div key={`${p.id}-${String(i)}`}>{`${p.label}: ${p.reason}`}</div>),
        },
      ]}
    />
  );
}

/**
 * /diagnose: which link of the call is broken, what AWS answers meanwhile, and who must fix what. `liveCall`: a
 * control shown under the verdict that confirms it with a real call (emulator mode).
 */
export function DiagnosisView({
  diagnosis,
  invokeHref,
  policyFindings,
  liveCall,
}: {
  diagnosis: Section<Diagnosis>;
  invokeHref: string;
  policyFindings: PolicyFindings[];
  liveCall?: React.ReactNode;
}) {
  return (
    <SpaceBetween size="l">
      <PageHeader
        title="Diagnose a call"
        breadcrumbs={[
          { text: 'Invoke', href: invokeHref },
          { text: 'Diagnose', href: '#' },
        ]}
        description={<InternalLink href={invokeHref}>Back to the invoke answer for this question</InternalLink>}
      />
      {!diagnosis.ok ? (
        <SectionError error={diagnosis.error} what="Diagnosis" />
      ) : (
        <SpaceBetween size="l">
          <Box>
            Form {diagnosis.data.form} — {diagnosis.data.formTitle}: <code>{diagnosis.data.url}</code>
          </Box>
          {diagnosis.data.sides && <SidesRead sides={diagnosis.data.sides} />}
          {signingUnknown(diagnosis.data) && <SignedQuestion />}
          {diagnosis.data.notApplicable && (
            <Alert type="info" header="This client cannot use this form">
              {diagnosis.data.notApplicable}
            </Alert>
          )}
          {diagnosis.data.symptomNote && <Alert type="info">{diagnosis.data.symptomNote}</Alert>}
          {diagnosis.data.broken && <FindingPanel finding={diagnosis.data.broken} kind="broken" />}
          {!diagnosis.data.broken && diagnosis.data.unknown && (
            <FindingPanel finding={diagnosis.data.unknown} kind="unknown" />
          )}
          {!diagnosis.data.broken && !diagnosis.data.unknown && !diagnosis.data.notApplicable && (
            <Alert type="success" header="No broken link found" data-testid="diagnose-healthy">
              Every link {diagnosis.data.sides?.every((s) => s.contextLabel) ? 'on both sides' : 'this account can see'}{' '}
              is in order. If the call still fails, check security groups and routes to the endpoint, and the
              method&apos;s own authorizer.
            </Alert>
          )}
          {liveCall}
          {policyFindings.map((p) => (
            <SpaceBetween size="xs" key={p.policy}>
              <Box variant="h3">{p.policy}</Box>
              <PolicyLintList findings={p.findings} />
            </SpaceBetween>
          ))}
          <LinksTable links={diagnosis.data.links} />
        </SpaceBetween>
      )}
    </SpaceBetween>
  );
}
