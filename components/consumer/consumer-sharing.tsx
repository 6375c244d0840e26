import 'server-only';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { section, type Section } from '@/lib/result';
import { listPendingInvitationResources, listShareInvitations, listSharedResources } from '@/lib/aws/read/sharing';
import type { SharedResource } from '@/lib/model/sharing';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { invitationRows } from '@/lib/consumer/invitation-rows';
import { invitationState } from '@/lib/consumer/invitations';
import { SectionError } from '@/components/common/section-error';
import { InvitationsTable } from './invitations-table';
import { AssociateByArnForm } from './associate-by-arn-form';

/**
 * The consumer half of /sharing: invitations with their 12-hour countdown (plus shares that came without one),
 * and the associate-by-ARN form. Each part loads and fails on its own.
 */
export async function ConsumerSharing() {
  const session = await getSession();
  const [invitations, shared, endpoints, identity] = await Promise.all([
    section(() => listShareInvitations(session), { operation: 'ram:GetResourceShareInvitations' }),
    section(() => listSharedResources(session), { operation: 'ram:ListResources' }),
    section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' }),
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
  ]);

  const pendingArns = invitations.ok
    ? invitations.data
        .filter((i) => ['pending', 'pending-unknown-age'].includes(invitationState(i).kind))
        .map((i) => i.arn)
    : [];
  const pendingSections: Section<SharedResource[]>[] = await Promise.all(
    pendingArns.map((arn) =>
      section(() => listPendingInvitationResources(session, arn), {
        operation: 'ram:ListPendingInvitationResources',
        resource: arn,
      }),
    ),
  );
  const pendingResources = Object.fromEntries(
    pendingArns.map((arn, i) => [arn, pendingSections[i].ok ? pendingSections[i].data : undefined]),
  );
  const pendingFailure = pendingSections.find((s) => !s.ok);

  return (
    <SpaceBetween size="l">
      <SpaceBetween size="s">
        {invitations.ok ? (
          <InvitationsTable
            rows={invitationRows({
              invitations: invitations.data,
              sharedResources: shared.ok ? shared.data : [],
              pendingResources,
            })}
          />
        ) : (
          <SectionError error={invitations.error} what="Invitations" />
        )}
        {!shared.ok && <SectionError error={shared.error} what="Shared resources" />}
        {pendingFailure && !pendingFailure.ok && (
          <SectionError error={pendingFailure.error} what="Resources of pending invitations" />
        )}
      </SpaceBetween>
      {endpoints.ok ? (
        <AssociateByArnForm
          accountId={identity.ok ? identity.data.account : undefined}
          endpoints={endpoints.data.map((e) => ({
            id: e.id,
            name: e.name,
            vpcId: e.vpcId,
            privateDnsEnabled: e.privateDnsEnabled,
            state: e.state,
          }))}
        />
      ) : (
        <SectionError error={endpoints.error} what="Associate by domain ARN" />
      )}
    </SpaceBetween>
  );
}
