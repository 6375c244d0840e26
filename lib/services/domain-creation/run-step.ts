import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { CREATION_TOKEN_TAG, readPrivateDomain, updateDomainPolicies } from '@/lib/aws/write/domain-names';
import { createMapping, currentMappings } from '@/lib/aws/write/base-path-mappings';
import { readRestApi, readStageDeployment, redeployStage, replaceRestApiPolicy } from '@/lib/aws/write/rest-apis';
import { addToShare, createDomainShare, findOwnShareByTag } from '@/lib/aws/write/resource-shares';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { apiPolicyChange, domainAllowedSources, type PlanStep } from '@/lib/domains/create-plan';
import type { CreatedDomain, StepOutcome } from '@/lib/domains/creation-run';
import { stageDrift } from '@/lib/domains/stage-drift';
import { FieldError } from '@/lib/errors';
import { parseDomainNameArn } from '@/lib/domains/arn';
import { managementPolicy, policiesEquivalent } from '@/lib/policies';
import { createOrFindDomain, requireCreatedDomain } from './idempotency';
import { quotaWaitSeconds } from './quota';

/**
 * Runs the create-domain plan one step at a time. Every step first looks at what exists, so running it again (a
 * retry, a resumed run, a second tab) does nothing twice.
 */

type Step<K extends PlanStep['kind']> = Extract<PlanStep, { kind: K }>;
type Outcome = Omit<StepOutcome, 'stepId' | 'domain'>;

async function createMappingStep(
  session: Session,
  input: CreateDomainInput,
  domain: CreatedDomain,
  step: Step<'create-mapping'>,
): Promise<Outcome> {
  const { basePath, restApiId, stage } = step;
  const existing = (await currentMappings(session, domain)).find((m) => m.basePath === basePath);
  if (existing?.restApiId === restApiId && existing.stage === stage)
    return { status: 'exists', message: 'Mapping already in place.' };
  if (existing)
    throw new FieldError(
      `mappings.${String(input.mappings.findIndex((m) => m.basePath === basePath))}.basePath`,
      `Base path ${basePath} already routes to ${existing.restApiId}/${existing.stage}; change it on the domain page.`,
    );
  await createMapping(session, domain, { basePath, restApiId, stage });
  return { status: 'done', message: `Mapped to ${restApiId}, stage ${stage}.` };
}

async function apiPolicyStep(session: Session, input: CreateDomainInput, step: Step<'update-api-policy'>) {
  const sources = domainAllowedSources(input);
  if (!sources) return { status: 'exists', message: 'The API policy already allows these endpoints.' } as const;
  const [api, { account }] = await Promise.all([readRestApi(session, step.restApiId), getCallerIdentity(session)]);
  const change = apiPolicyChange(
    { id: step.restApiId, name: api.name ?? '', policy: api.policy },
    step.stage,
    sources,
    { region: session.region, accountId: account },
  );
  if (change.kind === 'unchanged')
    return { status: 'exists', message: 'The API policy already allows these endpoints.' } as const;
  if (change.kind === 'manual') return { status: 'skipped', message: change.reason } as const;
  await replaceRestApiPolicy(session, step.restApiId, JSON.stringify(change.policy));
  return { status: 'done', message: 'API resource policy updated.' } as const;
}

async function redeployStep(
  session: Session,
  input: CreateDomainInput,
  step: Step<'redeploy-stage'>,
): Promise<Outcome> {
  const [api, deployment] = await Promise.all([
    readRestApi(session, step.restApiId),
    readStageDeployment(session, step.restApiId, step.stage),
  ]);
  const drift = stageDrift(
    { policy: api.policy, vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [], tags: api.tags ?? {} },
    deployment,
  );
  if (drift === 'in-sync') return { status: 'exists', message: 'The stage already runs the current policy.' };
  const id = await redeployStage(session, step.restApiId, step.stage, `Console: policy for ${input.domainName}`);
  return { status: 'done', message: `Deployed (${id}).` };
}

async function shareStep(
  session: Session,
  input: CreateDomainInput,
  domain: CreatedDomain,
  kind: 'share-ram-new' | 'share-ram-existing' | 'share-management-policy',
): Promise<Outcome> {
  const { sharing, creationToken } = input;
  const add = { resourceArns: [domain.domainNameArn], principals: sharing.principals };
  if (kind === 'share-ram-existing') {
    const added = await addToShare(session, sharing.existingShareArn, add);
    const nothing = added.addedPrincipals.length === 0 && added.addedResources.length === 0;
    return {
      status: nothing ? 'exists' : 'done',
      message: nothing ? 'Already shared.' : 'Added to the resource share.',
    };
  }
  if (kind === 'share-ram-new') {
    const existing = await findOwnShareByTag(session, CREATION_TOKEN_TAG, creationToken);
    if (existing?.resourceShareArn) {
      const added = await addToShare(session, existing.resourceShareArn, add);
      const nothing = added.addedPrincipals.length === 0 && added.addedResources.length === 0;
      return {
        status: nothing ? 'exists' : 'done',
        message: `Resource share ${existing.name ?? ''} ${nothing ? 'already in place' : 'completed'}.`,
      };
    }
    const share = await createDomainShare(session, {
      name: sharing.shareName,
      domainNameArn: domain.domainNameArn,
      principals: sharing.principals,
      tags: { [CREATION_TOKEN_TAG]: creationToken },
      clientToken: creationToken,
    });
    return {
      status: 'done',
      message: `Created resource share ${share.name ?? sharing.shareName}; consumers outside your organization must accept the invitation within 12 hours.`,
    };
  }
  const current = await readPrivateDomain(session, domain);
  const desired = managementPolicy(domain.domainNameArn, sharing.principals);
  const ref = parseDomainNameArn(domain.domainNameArn);
  if (
    current.managementPolicy &&
    policiesEquivalent(current.managementPolicy, desired, ref && { kind: 'domain', ...ref })
  )
    return { status: 'exists', message: 'managementPolicy already grants these accounts.' };
  await updateDomainPolicies(session, domain, { managementPolicy: JSON.stringify(desired) });
  return { status: 'done', message: 'managementPolicy written; send the consumers the domain ARN.' };
}

async function runStep(session: Session, input: CreateDomainInput, step: PlanStep): Promise<StepOutcome> {
  if (step.kind === 'create-domain') {
    const { domain, created } = await createOrFindDomain(session, input);
    const which = `${domain.domainName} (${domain.domainNameId})`;
    return created
      ? { stepId: step.id, status: 'done', message: `Created ${which}.`, domain }
      : { stepId: step.id, status: 'exists', message: `Already created: ${which}.`, domain };
  }
  const domain = await requireCreatedDomain(session, input);
  const outcome: Outcome =
    step.kind === 'create-mapping'
      ? await createMappingStep(session, input, domain, step)
      : step.kind === 'update-api-policy'
        ? await apiPolicyStep(session, input, step)
        : step.kind === 'redeploy-stage'
          ? await redeployStep(session, input, step)
          : await shareStep(session, input, domain, step.kind);
  return { stepId: step.id, ...outcome, domain };
}

/** One plan step; a step AWS throttles comes back as `waiting` with the seconds to wait, never held here. */
export async function runCreationStep(
  session: Session,
  input: CreateDomainInput,
  step: PlanStep,
): Promise<StepOutcome> {
  try {
    return await runStep(session, input, step);
  } catch (error) {
    const seconds = quotaWaitSeconds(error);
    if (seconds === undefined) throw error;
    return {
      stepId: step.id,
      status: 'waiting',
      message: `Waiting for AWS quota (${String(seconds)} s)…`,
      retryAfterSeconds: seconds,
    };
  }
}
