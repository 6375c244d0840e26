'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCanMutate } from '@/components/common/access';
import { ResourceTable, type ResourceColumn } from '@/components/common/resource-table';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { acceptInvitation, rejectInvitation } from '@/lib/actions/share-invitations';
import type { InvitationRow, RowResource } from '@/lib/consumer/invitation-rows';
import { runAction, type ActionResult } from '@/lib/actions/action-result';
import { domainHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { ActionError } from './action-error';
import { InvitationStatus } from './invitation-status';

type Decision = 'accept' | 'reject';

function Resources({ row }: { row: InvitationRow }) {
  if (row.resources === undefined) return <Box color="text-status-inactive">Could not be read</Box>;
  if (row.resources.length === 0) return <>-</>;
  const usable = row.state.kind === 'accepted' || row.state.kind === 'auto-accepted';
  return (
    <SpaceBetween size="xxs">
      {row.resources.map((r: RowResource) =>
        r.domain ? (
          <Box key={r.arn}>
            {usable ? (
              <InternalLink href={domainHref(r.domain.name, r.domain.id)}>{r.domain.name}</InternalLink>
            ) : (
              r.domain.name
            )}{' '}
            <Box variant="small" display="inline" color="text-body-secondary">
              +{r.domain.id}
            </Box>
          </Box>
        ) : (
          <Box key={r.arn}>
            <CopyableId value={r.arn} label="resource ARN" />{' '}
            <Box variant="small" display="inline">
              ({r.type})
            </Box>
          </Box>
        ),
      )}
    </SpaceBetween>
  );
}

const STATE_ORDER = ['pending', 'pending-unknown-age', 'expired', 'accepted', 'auto-accepted', 'rejected'];

/** Invitations addressed to this account, plus shares that arrived without one; accept or reject after confirming. */
export function InvitationsTable({ rows }: { rows: InvitationRow[] }) {
  const [pending, startTransition] = useTransition();
  const [confirm, setConfirm] = useState<{ row: InvitationRow; decision: Decision }>();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }>>();
  const [done, setDone] = useState<string>();
  const mutate = useCanMutate();

  const decide = () => {
    const invitationArn = confirm?.row.invitationArn;
    if (!confirm || !invitationArn) return;
    const { row, decision } = confirm;
    startTransition(async () => {
      const action = decision === 'accept' ? acceptInvitation : rejectInvitation;
      const result = await runAction(action, { invitationArn });
      setConfirm(undefined);
      if (!result.ok) {
        setFailure(result);
        setDone(undefined);
        return;
      }
      setFailure(undefined);
      const names = row.resources?.map((r) => r.domain?.name ?? r.arn).join(', ');
      setDone(
        decision === 'accept'
          ? `Accepted "${row.shareName ?? row.shareArn}". ${names ? `${names} can now be associated with your VPC endpoints: open it to continue.` : ''}`
          : `Rejected "${row.shareName ?? row.shareArn}".`,
      );
    });
  };

  const columns: ResourceColumn<InvitationRow>[] = [
    {
      id: 'share',
      header: 'Resource share',
      cell: (r) => (
        <SpaceBetween size="xxs">
          <Box fontWeight="bold">{r.shareName ?? 'Shared without invitation'}</Box>
          {r.shareArn && <CopyableId value={r.shareArn} label="share ARN" display="Share ARN" />}
        </SpaceBetween>
      ),
      sortValue: (r) => r.shareName ?? r.shareArn,
      filterText: (r) => `${r.shareName ?? ''} ${r.shareArn ?? ''}`,
      width: 230,
    },
    {
      id: 'sender',
      header: 'From account',
      cell: (r) => (r.senderAccountId ? <CopyableId value={r.senderAccountId} label="account id" /> : '-'),
      sortValue: (r) => r.senderAccountId,
      width: 140,
    },
    {
      id: 'resources',
      header: 'Shared domains',
      cell: (r) => <Resources row={r} />,
      filterText: (r) => r.resources?.map((x) => `${x.domain?.name ?? ''} ${x.arn}`).join(' '),
      width: 210,
    },
    {
      id: 'status',
      header: 'Status',
      cell: (r) => <InvitationStatus state={r.state} />,
      sortValue: (r) => STATE_ORDER.indexOf(r.state.kind),
      filterText: (r) => r.state.kind,
      width: 210,
    },
    {
      id: 'received',
      header: 'Received',
      cell: (r) => formatTime(r.invitedAt),
      sortValue: (r) => r.invitedAt,
      width: 120,
    },
    {
      id: 'actions',
      header: 'Actions',
      width: 180,
      cell: (r) =>
        r.invitationArn && (r.state.kind === 'pending' || r.state.kind === 'pending-unknown-age') ? (
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              variant="primary"
              disabled={!mutate.allowed}
              disabledReason={mutate.reason}
              ariaLabel={`Accept ${r.shareName ?? 'invitation'}`}
              onClick={() => setConfirm({ row: r, decision: 'accept' })}
            >
              Accept
            </Button>
            <Button
              disabled={!mutate.allowed}
              disabledReason={mutate.reason}
              ariaLabel={`Reject ${r.shareName ?? 'invitation'}`}
              onClick={() => setConfirm({ row: r, decision: 'reject' })}
            >
              Reject
            </Button>
          </SpaceBetween>
        ) : (
          '-'
        ),
    },
  ];

  const row = confirm?.row;
  return (
    <SpaceBetween size="s">
      {done && (
        <Alert type="success" dismissible onDismiss={() => setDone(undefined)} data-testid="invitation-result">
          {done}
        </Alert>
      )}
      {failure && <ActionError error={failure.error} />}
      <ResourceTable
        items={rows}
        columns={columns}
        trackBy={(r) => r.key}
        title="Invitations to this account"
        description="Providers share private custom domains through AWS RAM. An invitation must be accepted within 12 hours; shares inside an AWS Organization can arrive without one."
        noun={['invitation', 'invitations']}
        empty="No provider has shared anything with this account. If you received a domain ARN instead, associate it below."
        filterParam="invitations"
        defaultSort={{ columnId: 'status' }}
      />
      <Modal
        visible={Boolean(confirm)}
        onDismiss={() => setConfirm(undefined)}
        header={confirm?.decision === 'accept' ? 'Accept this share?' : 'Reject this share?'}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setConfirm(undefined)}>
                Cancel
              </Button>
              <Button variant="primary" loading={pending} onClick={decide}>
                {confirm?.decision === 'accept' ? 'Accept' : 'Reject'}
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        {row && (
          <SpaceBetween size="s">
            <Box>
              Share <strong>{row.shareName ?? row.shareArn}</strong> from account{' '}
              <strong>{row.senderAccountId ?? 'unknown'}</strong>
              {row.resources?.length ? `: ${row.resources.map((r) => r.domain?.name ?? r.arn).join(', ')}` : ''}.
            </Box>
            {confirm.decision === 'accept' ? (
              <Box>
                Accepting lets this account associate its VPC endpoints with the shared domains. It does not allow any
                call yet: the provider still has to allow your endpoint.
              </Box>
            ) : (
              <Box>After rejecting, the provider has to share again before this account can use the domains.</Box>
            )}
          </SpaceBetween>
        )}
      </Modal>
    </SpaceBetween>
  );
}
