'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import type { AssociationRow } from '@/lib/model/domain-panels';
import { runAction, type ActionResult } from '@/lib/actions/action-result';
import { allowConsumerEndpoint, rejectAssociation } from '@/lib/actions/domain-associations';
import type { ChangeReport } from '@/lib/domains/change-report';
import type { Section } from '@/lib/result';
import { vpcEndpointHref } from '@/lib/inventory/hrefs';
import { associationDiagnoseHref } from '@/lib/diagnose/question';
import { ActionFlash, type Flash } from './action-flash';
import { ConfirmModal } from './confirm-modal';
import { useCanMutate } from '@/components/common/access';

type Dialog = { kind: 'reject'; row: AssociationRow } | { kind: 'allow'; row: AssociationRow };

/**
 * Access associations with an owned domain. The provider can allow an association's endpoint in the domain and
 * mapped API policies in one action, or reject another account's association (only its owner can delete it).
 */
export function AssociationsManager({
  domain,
  associations,
}: {
  domain: { domainName: string; domainNameId: string };
  associations: Section<AssociationRow[]>;
}) {
  const [selected, setSelected] = useState<AssociationRow[]>([]);
  const [dialog, setDialog] = useState<Dialog>();
  const [flash, setFlash] = useState<Flash>();
  const [updateApis, setUpdateApis] = useState(true);
  const [redeploy, setRedeploy] = useState(true);
  const mutate = useCanMutate();
  if (!associations.ok) return <SectionError error={associations.error} what="Access associations" />;

  const finish = (r: ActionResult<ChangeReport>) => {
    setDialog(undefined);
    if (!r.ok) {
      const fieldMessage = r.fieldErrors ? Object.values(r.fieldErrors).at(0) : undefined;
      setFlash({ type: 'error', error: fieldMessage ? { ...r.error, message: fieldMessage } : r.error });
      return;
    }
    setFlash({
      type: 'success',
      message: r.data.message,
      details: r.data.changes,
      action: <InternalLink href="?tab=policies">View policies</InternalLink>,
    });
    setSelected([]);
  };
  const row = selected.at(0);

  return (
    <SpaceBetween size="m">
      <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
      <ResourceTable
        items={associations.data}
        trackBy={(a) => a.arn}
        title="Domain name access associations"
        description="VPC endpoints associated with this domain, by this account and by the accounts it is shared with. AWS reports no status for an association; the policy column says whether calls through it are allowed."
        noun={['association', 'associations']}
        filterParam="associations"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={setSelected}
        empty="No VPC endpoint is associated with this domain yet. Without an association, no endpoint can reach it."
        defaultSort={{ columnId: 'account' }}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              disabled={!row || row.own || !mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => row && setDialog({ kind: 'reject', row })}
            >
              Reject
            </Button>
            <Button
              variant="primary"
              disabled={!row || row.allowedByPolicy || !mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => row && setDialog({ kind: 'allow', row })}
            >
              Allow endpoint in policies
            </Button>
          </SpaceBetween>
        }
        columns={[
          {
            id: 'vpce',
            header: 'VPC endpoint',
            cell: (a) => (a.own ? <InternalLink href={vpcEndpointHref(a.vpceId)}>{a.vpceId}</InternalLink> : a.vpceId),
            sortValue: (a) => a.vpceId,
          },
          {
            id: 'account',
            header: 'Account',
            cell: (a) => (a.own ? 'This account' : (a.accountId ?? '-')),
            sortValue: (a) => (a.own ? '' : a.accountId),
          },
          {
            id: 'policy',
            header: 'Domain policy',
            cell: (a) =>
              a.allowedByPolicy ? (
                <StatusIndicator type="success">Allowed</StatusIndicator>
              ) : (
                <StatusIndicator type="warning">Not allowed: waiting for a policy update</StatusIndicator>
              ),
            sortValue: (a) => (a.allowedByPolicy ? 1 : 0),
          },
          {
            id: 'diagnose',
            header: 'Calls',
            cell: (a) => <InternalLink href={associationDiagnoseHref(domain, a)}>Diagnose</InternalLink>,
          },
          {
            id: 'arn',
            header: 'Association ARN',
            cell: (a) => <CopyableId value={a.arn} label="association ARN" />,
            sortValue: (a) => a.arn,
          },
        ]}
      />
      {row?.own && (
        <Box variant="small">Your own associations cannot be rejected; delete them from the VPC endpoint’s page.</Box>
      )}
      {dialog?.kind === 'reject' && (
        <ConfirmModal
          header="Reject access association?"
          confirmText="Reject association"
          onDismiss={() => setDialog(undefined)}
          onConfirm={async () => {
            finish(await runAction(rejectAssociation, { domain, associationArn: dialog.row.arn }));
          }}
        >
          <SpaceBetween size="s">
            <Box>
              Account <strong>{dialog.row.accountId}</strong> will no longer reach <strong>{domain.domainName}</strong>{' '}
              through VPC endpoint <strong>{dialog.row.vpceId}</strong>: its calls get 403.
            </Box>
            <Alert type="info">
              The association stays listed until account {dialog.row.accountId} deletes it. To stop new associations
              too, remove the account from the domain’s sharing.
            </Alert>
          </SpaceBetween>
        </ConfirmModal>
      )}
      {dialog?.kind === 'allow' && (
        <ConfirmModal
          header={`Allow ${dialog.row.vpceId}?`}
          confirmText="Allow endpoint"
          onDismiss={() => setDialog(undefined)}
          onConfirm={async () => {
            finish(
              await runAction(allowConsumerEndpoint, {
                domain,
                vpceId: dialog.row.vpceId,
                updateApis,
                redeploy: updateApis && redeploy,
              }),
            );
          }}
        >
          <SpaceBetween size="s">
            <Box>
              Adds {dialog.row.vpceId} ({dialog.row.own ? 'this account' : `account ${dialog.row.accountId}`}) to the
              invoke policy of {domain.domainName}.
            </Box>
            <Checkbox
              checked={updateApis}
              onChange={({ detail }) => setUpdateApis(detail.checked)}
              description="Without it, calls pass the domain but the API answers 403."
            >
              Also allow it in every mapped API’s resource policy
            </Checkbox>
            <Checkbox
              checked={updateApis && redeploy}
              disabled={!updateApis}
              onChange={({ detail }) => setRedeploy(detail.checked)}
              description="API policy changes take effect only after a deployment."
            >
              Redeploy the mapped stages
            </Checkbox>
          </SpaceBetween>
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
