import 'server-only';
import type { Session } from '@/lib/aws/session';
import { rejectAccessAssociation } from '@/lib/aws/write/access-association-rejection';
import { currentMappings } from '@/lib/aws/write/base-path-mappings';
import { updateDomainPolicies, type PrivateDomainRef } from '@/lib/aws/write/domain-names';
import type { ChangeReport } from '@/lib/domains/change-report';
import { FieldError } from '@/lib/errors';
import { domainInvokePolicy } from '@/lib/policies';
import { widenPolicy } from '@/lib/policies/source-allow-list';
import { planApiAccess } from './api-access';
import { applyChanges, type PlannedChange } from './change-run';
import { domainContext } from './domain-context';

export interface AllowEndpointRequest {
  domain: PrivateDomainRef;
  vpceId: string;
  /** Also widen every mapped API's resource policy. */
  updateApis: boolean;
  /** And redeploy the mapped stages, so the API change takes effect. */
  redeploy: boolean;
}

/**
 * A consumer's endpoint allowed in the domain policy and in every mapped API's policy (plus redeploys), in one
 * action. Everything is read and decided first; a write that fails half-way says what was already changed.
 */
export async function allowConsumerEndpoint(session: Session, request: AllowEndpointRequest): Promise<ChangeReport> {
  const { domain, account, full, executeArn } = await domainContext(session, request.domain);
  const widened = widenPolicy(
    domain.policy,
    { vpceIds: [request.vpceId] },
    { resource: executeArn, scope: { kind: 'domain', ...full }, fresh: (src) => domainInvokePolicy(executeArn, src) },
  );
  if (widened.kind === 'manual') throw new FieldError('vpceId', `Domain policy: ${widened.reason}`);

  const notes: string[] = [];
  const changes: PlannedChange[] = [];
  if (widened.kind === 'updated') {
    const policy = JSON.stringify(widened.policy);
    changes.push({
      done: 'Domain policy: endpoint added',
      what: 'Domain policy',
      apply: () => updateDomainPolicies(session, request.domain, { policy }),
      hint: { operation: 'apigateway:UpdateDomainName', resource: request.domain.domainName },
    });
  } else notes.push('Domain policy: already allowed');

  if (request.updateApis) {
    const mappings = await currentMappings(session, request.domain);
    for (const restApiId of new Set(mappings.map((m) => m.restApiId))) {
      const stages = [...new Set(mappings.filter((m) => m.restApiId === restApiId && m.stage).map((m) => m.stage))];
      if (stages.length === 0) continue;
      const plan = await planApiAccess(
        session,
        account,
        { restApiId, stages, redeploy: request.redeploy },
        { vpceIds: [request.vpceId] },
      );
      notes.push(...plan.notes);
      changes.push(...plan.changes);
    }
  }
  const applied = await applyChanges(changes);
  return {
    message: `${request.vpceId} is allowed on ${request.domain.domainName}${request.updateApis ? ' and its mapped APIs' : ''}.`,
    changes: [...applied, ...notes],
  };
}

/** Cuts another account's endpoint off; only the association's owner can delete it. */
export async function rejectAssociation(
  session: Session,
  ref: PrivateDomainRef,
  associationArn: string,
): Promise<ChangeReport> {
  const { arn } = await domainContext(session, ref);
  await rejectAccessAssociation(session, associationArn, arn);
  return {
    message:
      'Association rejected: calls from that VPC endpoint now get 403. Only its owner can delete the association.',
    changes: [],
  };
}
