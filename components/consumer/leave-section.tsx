'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { leaveSharedDomain } from '@/lib/actions/consumer-associations';
import { runAction } from '@/lib/actions/action-result';
import type { ConsoleError } from '@/lib/errors';
import type { AssociatedEndpoint } from '@/lib/consumer/panel';
import { ActionError } from './action-error';
import { useCanMutate } from '@/components/common/access';

/** Leaving: delete an association and, optionally, the alias records that point at its endpoint. */
export function LeaveSection({
  domainArn,
  domainName,
  associated,
}: {
  domainArn: string;
  domainName: string;
  associated: AssociatedEndpoint[];
}) {
  const [pending, startTransition] = useTransition();
  const [target, setTarget] = useState<AssociatedEndpoint>();
  const [withDns, setWithDns] = useState(true);
  const [failure, setFailure] = useState<ConsoleError>();
  const [done, setDone] = useState<string>();
  const mutate = useCanMutate();

  // After the last association is deleted, the section stays long enough to say what happened.
  if (associated.length === 0 && !done && !failure) return null;

  const leave = () => {
    if (!target) return;
    startTransition(async () => {
      const result = await runAction(leaveSharedDomain, {
        domainNameArn: domainArn,
        associationArn: target.associationArn,
        deleteDnsRecords: withDns && Boolean(target.endpoint),
      });
      setTarget(undefined);
      if (!result.ok) {
        setFailure(result.error);
        setDone(undefined);
        return;
      }
      setFailure(result.data.recordsLeft);
      if (result.data.recordsLeft) {
        setDone(undefined);
        return;
      }
      const records = result.data.deletedRecords;
      setDone(
        `Deleted the association of ${target.vpceId}.` +
          (withDns
            ? records
              ? ` Deleted ${records} DNS record${records > 1 ? 's' : ''} for ${domainName}; the hosted zone stays.`
              : ' No DNS record pointed at this endpoint.'
            : ''),
      );
    });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Stop using this domain from an endpoint. The provider cannot delete your associations; only this account can."
        >
          Leave
        </Header>
      }
    >
      <SpaceBetween size="s">
        {done && (
          <Alert type="success" dismissible onDismiss={() => setDone(undefined)} data-testid="leave-result">
            {done}
          </Alert>
        )}
        {failure && <ActionError error={failure} />}
        {associated.map((a) => (
          <SpaceBetween key={a.associationArn} direction="horizontal" size="s" alignItems="center">
            <Box>{a.vpceId}</Box>
            <Button
              disabled={!mutate.allowed}
              disabledReason={mutate.reason}
              onClick={() => setTarget(a)}
              ariaLabel={`Delete association of ${a.vpceId}`}
            >
              Delete association
            </Button>
          </SpaceBetween>
        ))}
      </SpaceBetween>
      <Modal
        visible={Boolean(target)}
        onDismiss={() => setTarget(undefined)}
        header={`Delete the association of ${target?.vpceId ?? ''}?`}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setTarget(undefined)}>
                Cancel
              </Button>
              <Button variant="primary" loading={pending} onClick={leave}>
                Delete
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="m">
          <Box>
            Calls from {target?.vpceId} to {domainName} stop working. To use the domain again you associate the endpoint
            again (no new invitation needed while the share lasts).
          </Box>
          <Checkbox
            checked={withDns}
            onChange={({ detail }) => setWithDns(detail.checked)}
            disabled={!target?.endpoint}
          >
            Also delete the alias records for {domainName} that point at {target?.vpceId}
          </Checkbox>
        </SpaceBetween>
      </Modal>
    </Container>
  );
}
