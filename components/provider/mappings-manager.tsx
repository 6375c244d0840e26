'use client';

import { useState } from 'react';
import dynamic from 'next/dynamic';
import { useCanMutate } from '@/components/common/access';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import type { MappingRow } from '@/lib/model/domain-panels';
import { runAction, type ActionResult } from '@/lib/actions/action-result';
import { addMapping, editMapping, removeMapping } from '@/lib/actions/mappings';
import type { ChangeReport } from '@/lib/domains/change-report';
import { basePathLabel } from '@/lib/domains/base-path';
import type { Section } from '@/lib/result';
import { apiHref } from '@/lib/inventory/hrefs';
import { ActionFlash, type Flash } from './action-flash';
import { ConfirmModal } from './confirm-modal';
import type { MappingValues } from './mapping-form-modal';
import type { FieldErrors } from '@/lib/errors';
import { LazyLoading } from '@/components/common/lazy-loading';

// The form (API and stage pickers, validation) downloads when the dialog first opens, not with the page.
const MappingFormModal = dynamic(() => import('./mapping-form-modal').then((m) => m.MappingFormModal), {
  loading: LazyLoading,
});

type Dialog = { kind: 'add' } | { kind: 'edit'; row: MappingRow } | { kind: 'remove'; row: MappingRow };

/** Base path mappings of an owned private domain, with add / edit / remove. */
export function MappingsManager({
  domain,
  mappings,
}: {
  domain: { domainName: string; domainNameId: string };
  mappings: Section<MappingRow[]>;
}) {
  const [selected, setSelected] = useState<MappingRow[]>([]);
  const mutate = useCanMutate();
  const [dialog, setDialog] = useState<Dialog>();
  const [flash, setFlash] = useState<Flash>();
  if (!mappings.ok) return <SectionError error={mappings.error} what="Base path mappings" />;

  const finish = (r: ActionResult<ChangeReport>): FieldErrors | undefined => {
    if (!r.ok) {
      if (r.fieldErrors) return r.fieldErrors;
      setFlash({ type: 'error', error: r.error });
      setDialog(undefined);
      return undefined;
    }
    setFlash({ type: 'success', message: r.data.message, details: r.data.changes });
    setDialog(undefined);
    setSelected([]);
    return undefined;
  };
  const row = selected.at(0);

  return (
    <SpaceBetween size="m">
      <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
      <ResourceTable
        items={mappings.data}
        trackBy={(m) => m.basePath}
        title="Base path mappings"
        description={`https://${domain.domainName}/{base path}/… reaches the mapped API stage; "(none)" catches every path.`}
        noun={['mapping', 'mappings']}
        filterParam="mappings"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={setSelected}
        empty="No base path mappings: the domain answers nothing until one maps it to a private API of this account."
        defaultSort={{ columnId: 'basePath' }}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              disabled={!row || !mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => row && setDialog({ kind: 'remove', row })}
            >
              Remove
            </Button>
            <Button
              disabled={!row || !mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => row && setDialog({ kind: 'edit', row })}
            >
              Edit
            </Button>
            <Button
              variant="primary"
              disabled={!mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => setDialog({ kind: 'add' })}
            >
              Add mapping
            </Button>
          </SpaceBetween>
        }
        columns={[
          { id: 'basePath', header: 'Base path', cell: (m) => m.basePath, sortValue: (m) => m.basePath },
          {
            id: 'api',
            header: 'API',
            cell: (m) =>
              m.apiExists === false ? (
                <StatusIndicator type="error">{`${m.restApiId} (deleted)`}</StatusIndicator>
              ) : (
                <InternalLink href={apiHref(m.restApiId)}>{m.apiName ?? m.restApiId}</InternalLink>
              ),
            sortValue: (m) => m.apiName ?? m.restApiId,
          },
          {
            id: 'apiId',
            header: 'API ID',
            cell: (m) => <CopyableId value={m.restApiId} label="API ID" />,
            sortValue: (m) => m.restApiId,
          },
          {
            id: 'stage',
            header: 'Stage',
            cell: (m) =>
              !m.stage ? (
                'Any (first path segment)'
              ) : m.stageExists === false ? (
                <StatusIndicator type="error">{`${m.stage} (no such stage)`}</StatusIndicator>
              ) : (
                m.stage
              ),
            sortValue: (m) => m.stage,
          },
        ]}
      />
      {dialog?.kind === 'add' && (
        <MappingFormModal
          mode="add"
          initial={{ basePath: '', restApiId: '', stage: '', allowOnApi: true }}
          onDismiss={() => setDialog(undefined)}
          onSubmit={async (v: MappingValues) => finish(await runAction(addMapping, { domain, ...v }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <MappingFormModal
          mode="edit"
          initial={{
            basePath: dialog.row.basePath,
            restApiId: dialog.row.restApiId,
            stage: dialog.row.stage ?? '',
            allowOnApi: false,
          }}
          onDismiss={() => setDialog(undefined)}
          onSubmit={async (v: MappingValues) =>
            finish(
              await runAction(editMapping, {
                domain,
                currentBasePath: dialog.row.basePath,
                basePath: v.basePath,
                restApiId: v.restApiId,
                stage: v.stage,
              }),
            )
          }
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmModal
          header={`Remove ${basePathLabel(dialog.row.basePath)}?`}
          confirmText="Remove mapping"
          onDismiss={() => setDialog(undefined)}
          onConfirm={async () => {
            finish(await runAction(removeMapping, { domain, basePath: dialog.row.basePath }));
          }}
        >
          Calls to https://{domain.domainName}
          {dialog.row.basePath === '(none)' ? '/…' : `/${dialog.row.basePath}/…`} will stop reaching{' '}
          {dialog.row.apiName ?? dialog.row.restApiId} ({dialog.row.stage}) and get 403. The API itself is not changed.
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
