'use client';

import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { CopyableId } from '@/components/common/copyable-id';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import type { DomainShareRow } from '@/lib/model/domain-panels';
import { runAction, type ActionResult } from '@/lib/actions/action-result';
import { removeSharePrincipal, setManagementAccounts, shareDomain, stopSharing } from '@/lib/actions/domain-sharing';
import type { ChangeReport } from '@/lib/domains/change-report';
import { isRamManaged, managementPolicyAccounts } from '@/lib/domains/management-accounts';
import { splitPrincipals } from '@/lib/domains/share-principal';
import type { Section } from '@/lib/result';
import { ActionFlash, type Flash } from './action-flash';
import { ConfirmModal } from './confirm-modal';
import { ShareDomainModal } from './share-domain-modal';
import type { FieldErrors } from '@/lib/errors';
import { useCanMutate } from '@/components/common/access';

type Dialog =
  { kind: 'share' } | { kind: 'remove-principal'; row: DomainShareRow } | { kind: 'stop'; row: DomainShareRow };

/** How the domain is shared: RAM shares (add, remove principals, stop sharing) and the managementPolicy's accounts. */
export function SharingManager({
  domain,
  shares,
  managementPolicy,
}: {
  domain: { domainName: string; domainNameId: string };
  shares: Section<DomainShareRow[]>;
  managementPolicy?: string;
}) {
  const [selected, setSelected] = useState<DomainShareRow[]>([]);
  const [dialog, setDialog] = useState<Dialog>();
  const [principal, setPrincipal] = useState<string>();
  const [flash, setFlash] = useState<Flash>();
  const [accountsText, setAccountsText] = useState(() => managementPolicyAccounts(managementPolicy).join('\n'));
  const [accountsError, setAccountsError] = useState<string>();
  const [savingAccounts, setSavingAccounts] = useState(false);
  const mutate = useCanMutate();

  const finish = (r: ActionResult<ChangeReport>): FieldErrors | undefined => {
    if (!r.ok && r.fieldErrors) return r.fieldErrors;
    setDialog(undefined);
    if (!r.ok) {
      setFlash({ type: 'error', error: r.error });
      return undefined;
    }
    setFlash({ type: 'success', message: r.data.message });
    setSelected([]);
    return undefined;
  };
  const row = selected.at(0);

  const saveAccounts = async () => {
    setSavingAccounts(true);
    const r = await runAction(setManagementAccounts, { domain, accounts: splitPrincipals(accountsText) });
    setSavingAccounts(false);
    setAccountsError(r.ok ? undefined : Object.values(r.fieldErrors ?? {}).at(0));
    if (r.ok || !r.fieldErrors) finish(r);
  };

  return (
    <SpaceBetween size="l">
      <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
      {!shares.ok ? (
        <SectionError error={shares.error} what="RAM resource shares" />
      ) : (
        <ResourceTable
          items={shares.data}
          trackBy={(s) => s.shareArn}
          title="RAM resource shares that include this domain"
          noun={['share', 'shares']}
          filterParam="shares"
          selectionType="single"
          selectedItems={selected}
          onSelectionChange={setSelected}
          empty="The domain is in no RAM resource share. Other accounts can associate with it only if its management policy allows them."
          defaultSort={{ columnId: 'name' }}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                disabled={!row || !mutate.allowed}
                disabledReason={mutate.reason}
                onClick={() => row && setDialog({ kind: 'stop', row })}
              >
                Stop sharing
              </Button>
              <Button
                disabled={!row || row.principals.length === 0 || !mutate.allowed}
                disabledReason={mutate.reason}
                onClick={() => {
                  if (!row) return;
                  setPrincipal(row.principals.at(0));
                  setDialog({ kind: 'remove-principal', row });
                }}
              >
                Remove principal
              </Button>
              <Button
                variant="primary"
                disabled={!mutate.allowed}
                disabledReason={mutate.reason}
                onClick={() => setDialog({ kind: 'share' })}
              >
                Share domain
              </Button>
            </SpaceBetween>
          }
          columns={[
            { id: 'name', header: 'Share', cell: (s) => s.shareName ?? s.shareArn, sortValue: (s) => s.shareName },
            {
              id: 'status',
              header: 'Share status',
              cell: (s) => <ResourceStatus status={s.shareStatus} />,
              sortValue: (s) => s.shareStatus,
            },
            {
              id: 'association',
              header: 'Domain in share',
              cell: (s) => <ResourceStatus status={s.status} />,
              sortValue: (s) => s.status,
            },
            {
              id: 'principals',
              header: 'Principals',
              cell: (s) => (s.principals.length ? s.principals.join(', ') : '-'),
              sortValue: (s) => s.principals.join(','),
              filterText: (s) => s.principals.join(' '),
            },
            {
              id: 'arn',
              header: 'Share ARN',
              cell: (s) => <CopyableId value={s.shareArn} label="share ARN" />,
              sortValue: (s) => s.shareArn,
            },
          ]}
        />
      )}
      <Container
        header={
          <Header
            variant="h2"
            description="Sharing without RAM: accounts listed in the domain's managementPolicy may create access associations. No invitation is sent; give them the domain ARN."
          >
            Accounts allowed by the management policy
          </Header>
        }
      >
        {isRamManaged(managementPolicy) ? (
          <Box>
            RAM manages this domain’s management policy (accounts{' '}
            {managementPolicyAccounts(managementPolicy).join(', ') || 'from the shares above'}). Change who may
            associate through the RAM shares above; writing the policy by hand while RAM manages it would mix two
            mechanisms.
          </Box>
        ) : (
          <SpaceBetween size="s">
            <FormField
              label="Account ids"
              description="One 12-digit account id per line. Empty removes every other account's right to create new associations."
              errorText={accountsError}
            >
              <Textarea
                ariaLabel="Management policy accounts"
                rows={3}
                value={accountsText}
                onChange={({ detail }) => setAccountsText(detail.value)}
              />
            </FormField>
            <Box float="right">
              <Button
                loading={savingAccounts}
                disabled={!mutate.allowed}
                disabledReason={mutate.reason}
                onClick={() => void saveAccounts()}
              >
                Save accounts
              </Button>
            </Box>
          </SpaceBetween>
        )}
      </Container>
      {dialog?.kind === 'share' && (
        <ShareDomainModal
          domain={domain}
          onDismiss={() => setDialog(undefined)}
          onSubmit={async (sharing) => finish(await runAction(shareDomain, { domain, sharing }))}
        />
      )}
      {dialog?.kind === 'remove-principal' && (
        <ConfirmModal
          header={`Remove a principal from ${dialog.row.shareName ?? 'the share'}?`}
          confirmText="Remove principal"
          disabled={!principal}
          onDismiss={() => setDialog(undefined)}
          onConfirm={async () => {
            finish(
              await runAction(removeSharePrincipal, {
                domain,
                shareArn: dialog.row.shareArn,
                principal: principal ?? '',
              }),
            );
          }}
        >
          <SpaceBetween size="s">
            <Select
              ariaLabel="Principal"
              selectedOption={principal ? { value: principal, label: principal } : null}
              options={dialog.row.principals.map((p) => ({ value: p, label: p }))}
              onChange={({ detail }) => setPrincipal(detail.selectedOption.value)}
            />
            <Box>
              The principal loses access to every resource in this share and can no longer create associations.
              Associations it already made keep working until you reject them.
            </Box>
          </SpaceBetween>
        </ConfirmModal>
      )}
      {dialog?.kind === 'stop' && (
        <ConfirmModal
          header={`Stop sharing ${domain.domainName} through ${dialog.row.shareName ?? 'this share'}?`}
          confirmText="Stop sharing"
          onDismiss={() => setDialog(undefined)}
          onConfirm={async () => {
            finish(await runAction(stopSharing, { domain, shareArn: dialog.row.shareArn }));
          }}
        >
          The domain is removed from the share; {dialog.row.principals.join(', ') || 'its principals'} can no longer
          create new associations. Existing associations keep working until you reject them on the Access associations
          tab.
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
