'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { runAction } from '@/lib/actions/action-result';
import { deleteDomain } from '@/lib/actions/domains';
import type { AssociationRow, DomainShareRow, MappingRow } from '@/lib/model/domain-panels';
import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';
import { ConfirmModal } from './confirm-modal';
import { useCanMutate } from '@/components/common/access';

function count<T>(s: Section<T[]>, what: (n: number) => string): string {
  return s.ok ? what(s.data.length) : 'unknown (could not be read)';
}

/** Deleting a private domain: what goes with it, confirmed by typing the name. */
export function DeleteDomainPanel({
  domain,
  mappings,
  associations,
  shares,
}: {
  domain: { domainName: string; domainNameId: string };
  mappings: Section<MappingRow[]>;
  associations: Section<AssociationRow[]>;
  shares: Section<DomainShareRow[]>;
}) {
  const router = useRouter();
  const mutate = useCanMutate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<ConsoleError>();
  const foreign = associations.ok ? associations.data.filter((a) => !a.own) : [];
  const own = associations.ok ? associations.data.filter((a) => a.own) : [];

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Deleting cannot be undone; a new domain with the same name gets a new id and ARN."
        >
          Delete domain
        </Header>
      }
    >
      <SpaceBetween size="s">
        {error && (
          <Alert type="error" header={error.title}>
            {error.message}
          </Alert>
        )}
        <Box float="right">
          <Button disabled={!mutate.allowed} disabledReason={mutate.reason} onClick={() => setOpen(true)}>
            Delete domain
          </Button>
        </Box>
      </SpaceBetween>
      {open && (
        <ConfirmModal
          header={`Delete ${domain.domainName} (${domain.domainNameId})?`}
          confirmText="Delete domain"
          disabled={typed.trim() !== domain.domainName}
          onDismiss={() => setOpen(false)}
          onConfirm={async () => {
            const r = await runAction(deleteDomain, { domain, confirmName: typed });
            if (!r.ok) {
              if (r.fieldErrors?.confirmName) {
                setFieldError(r.fieldErrors.confirmName);
                return;
              }
              setOpen(false);
              setError(r.error);
              return;
            }
            router.push('/domains');
          }}
        >
          <SpaceBetween size="m">
            <Box>What goes with it:</Box>
            <ul style={{ margin: 0 }}>
              <li>Base path mappings: {count(mappings, (n) => `${n} (deleted with the domain)`)}</li>
              <li>
                This account’s access associations: {associations.ok ? `${own.length} (deleted first)` : 'unknown'}
              </li>
              <li>
                Other accounts’ access associations:{' '}
                {associations.ok
                  ? foreign.length
                    ? `${foreign.length} – ${foreign.map((a) => `${a.accountId} (${a.vpceId})`).join(', ')} stop working; only their owners can delete them`
                    : 'none'
                  : 'unknown'}
              </li>
              <li>
                RAM shares that include it:{' '}
                {count(shares, (n) =>
                  n ? `${n} – the domain leaves them; other resources in them stay shared` : 'none',
                )}
              </li>
            </ul>
            <FormField label={`Type ${domain.domainName} to confirm`} errorText={fieldError}>
              <Input
                ariaLabel="Confirm domain name"
                value={typed}
                onChange={({ detail }) => setTyped(detail.value)}
                placeholder={domain.domainName}
              />
            </FormField>
          </SpaceBetween>
        </ConfirmModal>
      )}
    </Container>
  );
}
