'use client';

import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCanMutate } from '@/components/common/access';
import { ActionFlash, type Flash } from '@/components/provider/action-flash';
import { ConfirmModal } from '@/components/provider/confirm-modal';
import { runAction, type ActionResult } from '@/lib/actions/action-result';
import { redeploy } from '@/lib/actions/apis';
import { associateEndpointWithDomain } from '@/lib/actions/consumer-associations';
import { createDnsRecord, enableVpcDnsAttributes } from '@/lib/actions/consumer-dns';
import { allowConsumerEndpoint } from '@/lib/actions/domain-associations';
import { acceptInvitation } from '@/lib/actions/share-invitations';
// From ids, not schemas: the constant alone must not bring zod into the page.
import { NEW_HOSTED_ZONE } from '@/lib/consumer/ids';
import { remedyDescription, type Remedy } from '@/lib/diagnose/remedy';

const LABEL: Record<Remedy['kind'], string> = {
  'enable-vpc-dns': 'Turn on VPC DNS attributes',
  'create-dns-record': 'Create the DNS record',
  'create-association': 'Create the access association',
  'accept-invitation': 'Accept the invitation',
  'allow-endpoint': 'Allow the endpoint',
  redeploy: 'Redeploy the stage',
};

/** Runs the remedy through the existing guarded action; each returns its own confirmation message. */
async function apply(remedy: Remedy): Promise<ActionResult<unknown>> {
  switch (remedy.kind) {
    case 'enable-vpc-dns':
      return runAction(enableVpcDnsAttributes, { vpcId: remedy.vpcId });
    case 'create-dns-record':
      return runAction(createDnsRecord, {
        domainNameArn: remedy.domainNameArn,
        vpcEndpointId: remedy.vpcEndpointId,
        hostedZone: NEW_HOSTED_ZONE,
      });
    case 'create-association':
      return runAction(associateEndpointWithDomain, {
        domainNameArn: remedy.domainNameArn,
        vpcEndpointId: remedy.vpcEndpointId,
      });
    case 'accept-invitation':
      return runAction(acceptInvitation, { invitationArn: remedy.invitationArn });
    case 'allow-endpoint':
      return runAction(allowConsumerEndpoint, {
        domain: { domainName: remedy.domainName, domainNameId: remedy.domainNameId },
        vpceId: remedy.vpceId,
        updateApis: true,
        redeploy: true,
      });
    case 'redeploy':
      return runAction(redeploy, { restApiId: remedy.restApiId, stage: remedy.stage });
  }
}

function successMessage(data: unknown, remedy: Remedy): string {
  const message = (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : `Done: ${remedyDescription(remedy)}`;
}

/** The one-click fix of the broken link, behind a confirmation; disabled with the reason for viewers. */
export function RemedyButton({ remedy }: { remedy: Remedy }) {
  const [confirming, setConfirming] = useState(false);
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  return (
    <SpaceBetween size="s">
      <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
      <Button
        variant="primary"
        disabled={!mutate.allowed}
        disabledReason={mutate.reason}
        onClick={() => setConfirming(true)}
      >
        {LABEL[remedy.kind]}
      </Button>
      {confirming && (
        <ConfirmModal
          header={LABEL[remedy.kind]}
          confirmText="Apply the fix"
          onDismiss={() => setConfirming(false)}
          onConfirm={async () => {
            const r = await apply(remedy);
            setConfirming(false);
            setFlash(
              r.ok ? { type: 'success', message: successMessage(r.data, remedy) } : { type: 'error', error: r.error },
            );
          }}
        >
          {remedyDescription(remedy)}
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
