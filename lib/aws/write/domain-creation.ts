import 'server-only';
import { GetDeploymentCommand, GetStagesCommand, type DomainName as SdkDomainName } from '@aws-sdk/client-api-gateway';
import { GetResourceSharesCommand } from '@aws-sdk/client-ram';
import { certificateProblem } from '@/lib/domains/certificate-coverage';
import {
  apiPolicyChange,
  buildCreatePlan,
  domainAllowedSources,
  domainPolicyFor,
  type CreatePlan,
  type PlanStep,
} from '@/lib/domains/create-plan';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { stageDrift } from '@/lib/domains/stage-drift';
import { managementPolicy, policiesEquivalent, parseDomainArn } from '@/lib/policies';
import { ActionFailure, FieldError } from '@/lib/actions/guard';
import { describeCertificate } from '../read/certificates';
import { listOwnDomains } from '../read/domains';
import { getCallerIdentity } from '../identity';
import { getClients } from '../clients';
import type { Session } from '../session';
import { toConsoleError } from '../errors';
import {
  CREATION_TOKEN_TAG,
  createPrivateDomain,
  findOwnDomainByCreationToken,
  readPrivateDomain,
  updateDomainPolicies,
  type PrivateDomainRef,
} from './domain-names';
import { createMapping, currentMappings } from './base-path-mappings';
import { readRestApi, redeployStage, replaceRestApiPolicy } from './rest-apis';
import { addToShare, createDomainShare, findOwnShareByTag } from './resource-shares';
import { throttleDelaySeconds } from './quota';

/**
 * Runs the create-domain plan one step at a time. Every step first looks at what exists, so running it again
 * (a retry, a resumed run, a second tab) does nothing twice; the domain itself is found again through the
 * wizard's creation token, never by name.
 */

export interface PreflightResult {
  plan: CreatePlan;
  fieldErrors: Record<string, string>;
  /** Other own private domains with the same name (legal, but the operator should know). */
  sameName: PrivateDomainRef[];
  /** Set when this wizard run already created its domain. */
  existing?: PrivateDomainRef;
}

export async function preflightDomainCreation(session: Session, input: CreateDomainInput): Promise<PreflightResult> {
  const fieldErrors: Record<string, string> = {};
  const { account } = await getCallerIdentity(session);

  const [certificate, ownDomains, existing] = await Promise.all([
    describeCertificate(session, input.certificateArn).catch((error: unknown) => {
      fieldErrors.certificateArn = `The certificate cannot be read: ${toConsoleError(error).message}`;
      return undefined;
    }),
    listOwnDomains(session),
    findOwnDomainByCreationToken(session, input.domainName, input.creationToken),
  ]);
  if (certificate) {
    const problem = certificateProblem(certificate, input.domainName);
    if (problem) fieldErrors.certificateArn = problem;
  }

  const apiIds = [...new Set(input.mappings.map((m) => m.restApiId))];
  const apis = await Promise.all(
    apiIds.map(async (id) => {
      try {
        const [api, stages] = await Promise.all([
          readRestApi(session, id),
          getClients(session).apigateway.send(new GetStagesCommand({ restApiId: id })),
        ]);
        return { id, api, stages: (stages.item ?? []).map((s) => s.stageName ?? '') };
      } catch (error) {
        return { id, error: toConsoleError(error) };
      }
    }),
  );
  input.mappings.forEach((m, i) => {
    const found = apis.find((a) => a.id === m.restApiId);
    if (!found || 'error' in found) {
      fieldErrors[`mappings.${i}.restApiId`] ??=
        `API ${m.restApiId} cannot be read: ${found && 'error' in found ? found.error!.message : 'not found'}`;
    } else if (!(found.api.endpointConfiguration?.types ?? []).includes('PRIVATE')) {
      fieldErrors[`mappings.${i}.restApiId`] =
        `${found.api.name} is not a private API; a private domain can only route to private APIs of this account.`;
    } else if (!found.stages.includes(m.stage)) {
      fieldErrors[`mappings.${i}.stage`] =
        `${found.api.name} has no stage "${m.stage}" (stages: ${found.stages.join(', ') || 'none – deploy the API first'}).`;
    }
  });

  const { sharing } = input;
  if (sharing.mode !== 'none' && sharing.principals.includes(account)) {
    fieldErrors['sharing.principals'] =
      `${account} is this account; the domain is already yours. List consumer accounts only.`;
  }
  if (sharing.mode === 'ram-existing' && !fieldErrors['sharing.existingShareArn']) {
    const out = await getClients(session)
      .ram.send(new GetResourceSharesCommand({ resourceOwner: 'SELF', resourceShareArns: [sharing.existingShareArn] }))
      .catch(() => undefined);
    const share = out?.resourceShares?.[0];
    if (!share || share.status === 'DELETED' || share.status === 'DELETING')
      fieldErrors['sharing.existingShareArn'] =
        'This resource share no longer exists; choose another or create a new one.';
  }

  const plan = buildCreatePlan(input, {
    region: session.region,
    accountId: account,
    apis: apis.flatMap((a) =>
      'api' in a && a.api ? [{ id: a.id, name: a.api.name ?? a.id, policy: a.api.policy }] : [],
    ),
  });
  const sameName = ownDomains
    .filter(
      (d) => d.domainNameId && d.domainName === input.domainName && d.tags[CREATION_TOKEN_TAG] !== input.creationToken,
    )
    .map((d) => ({ domainName: d.domainName, domainNameId: d.domainNameId! }));
  return {
    plan,
    fieldErrors,
    sameName,
    existing: existing?.domainNameId
      ? { domainName: input.domainName, domainNameId: existing.domainNameId }
      : undefined,
  };
}

export type StepStatus = 'done' | 'exists' | 'skipped' | 'waiting';

export interface StepOutcome {
  stepId: string;
  status: StepStatus;
  message: string;
  retryAfterSeconds?: number;
  domain?: PrivateDomainRef & { domainNameArn: string };
}

/** Two requests for the same token in one process (a double click) share one creation. */
const creations: Map<string, Promise<SdkDomainName>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('console.domainCreations')
] ??= new Map()) as Map<string, Promise<SdkDomainName>>;

async function createOrFindDomain(
  session: Session,
  input: CreateDomainInput,
): Promise<{ domain: SdkDomainName; created: boolean }> {
  const key = `${session.context.id}|${session.region}|${input.creationToken}`;
  const inflight = creations.get(key);
  if (inflight) return { domain: await inflight, created: false };
  let created = false;
  const work = (async () => {
    const existing = await findOwnDomainByCreationToken(session, input.domainName, input.creationToken);
    if (existing) return existing;
    const policy = domainPolicyFor(input);
    const domain = await createPrivateDomain(session, {
      domainName: input.domainName,
      certificateArn: input.certificateArn,
      securityPolicy: input.securityPolicy,
      endpointAccessMode: input.endpointAccessMode,
      policy: policy === undefined ? undefined : JSON.stringify(policy),
      tags: { [CREATION_TOKEN_TAG]: input.creationToken },
    });
    created = true;
    return domain;
  })();
  creations.set(key, work);
  try {
    return { domain: await work, created };
  } finally {
    // Once AWS has the domain, the tag finds it; keeping the promise would only leak memory.
    creations.delete(key);
  }
}

function refOf(d: SdkDomainName): PrivateDomainRef & { domainNameArn: string } {
  return { domainName: d.domainName ?? '', domainNameId: d.domainNameId ?? '', domainNameArn: d.domainNameArn ?? '' };
}

async function requireDomain(session: Session, input: CreateDomainInput) {
  const d = await findOwnDomainByCreationToken(session, input.domainName, input.creationToken);
  if (!d?.domainNameId) {
    throw new ActionFailure({
      kind: 'conflict',
      title: 'Domain not created yet',
      message: 'This step needs the domain; run "Create private domain" first (Resume does it).',
    });
  }
  return refOf(d);
}

export async function runCreationStep(
  session: Session,
  input: CreateDomainInput,
  step: PlanStep,
): Promise<StepOutcome> {
  try {
    return await runStep(session, input, step);
  } catch (error) {
    const delay = throttleDelaySeconds(error);
    if (delay !== undefined)
      return {
        stepId: step.id,
        status: 'waiting',
        message: `Waiting for AWS quota (${delay} s)…`,
        retryAfterSeconds: delay,
      };
    throw error;
  }
}

async function runStep(session: Session, input: CreateDomainInput, step: PlanStep): Promise<StepOutcome> {
  const id = step.id;
  if (step.kind === 'create-domain') {
    const { domain, created } = await createOrFindDomain(session, input);
    return {
      stepId: id,
      status: created ? 'done' : 'exists',
      message: created
        ? `Created ${domain.domainName} (${domain.domainNameId}).`
        : `Already created: ${domain.domainName} (${domain.domainNameId}).`,
      domain: refOf(domain),
    };
  }
  const domain = await requireDomain(session, input);

  switch (step.kind) {
    case 'create-mapping': {
      const want = { basePath: step.basePath!, restApiId: step.restApiId!, stage: step.stage! };
      const existing = (await currentMappings(session, domain)).find((m) => m.basePath === want.basePath);
      if (existing && existing.restApiId === want.restApiId && existing.stage === want.stage)
        return { stepId: id, status: 'exists', message: 'Mapping already in place.', domain };
      if (existing)
        throw new FieldError(
          `mappings.${input.mappings.findIndex((m) => m.basePath === want.basePath)}.basePath`,
          `Base path ${want.basePath} already routes to ${existing.restApiId}/${existing.stage}; change it on the domain page.`,
        );
      await createMapping(session, domain, want);
      return { stepId: id, status: 'done', message: `Mapped to ${want.restApiId}, stage ${want.stage}.`, domain };
    }
    case 'update-api-policy': {
      const sources = domainAllowedSources(input);
      const api = await readRestApi(session, step.restApiId!);
      const stage = input.mappings.find((m) => m.restApiId === step.restApiId)!.stage;
      const { account } = await getCallerIdentity(session);
      const change = sources
        ? apiPolicyChange({ id: step.restApiId!, name: api.name ?? '', policy: api.policy }, stage, sources, {
            region: session.region,
            accountId: account,
          })
        : { kind: 'unchanged' as const };
      if (change.kind === 'unchanged')
        return { stepId: id, status: 'exists', message: 'The API policy already allows these endpoints.', domain };
      if (change.kind === 'manual') return { stepId: id, status: 'skipped', message: change.reason, domain };
      await replaceRestApiPolicy(session, step.restApiId!, JSON.stringify(change.policy));
      return { stepId: id, status: 'done', message: 'API resource policy updated.', domain };
    }
    case 'redeploy-stage': {
      const client = getClients(session).apigateway;
      const [api, stages] = await Promise.all([
        readRestApi(session, step.restApiId!),
        client.send(new GetStagesCommand({ restApiId: step.restApiId! })),
      ]);
      const stage = (stages.item ?? []).find((s) => s.stageName === step.stage);
      const deployment = stage?.deploymentId
        ? await client.send(new GetDeploymentCommand({ restApiId: step.restApiId!, deploymentId: stage.deploymentId }))
        : undefined;
      const drift = stageDrift(
        { policy: api.policy, vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [], tags: api.tags ?? {} },
        deployment && { description: deployment.description, createdDate: deployment.createdDate?.toISOString() },
      );
      if (drift === 'in-sync')
        return { stepId: id, status: 'exists', message: 'The stage already runs the current policy.', domain };
      const deploymentId = await redeployStage(
        session,
        step.restApiId!,
        step.stage!,
        `Console: policy for ${input.domainName}`,
        false,
      );
      return { stepId: id, status: 'done', message: `Deployed (${deploymentId}).`, domain };
    }
    case 'share-ram-new': {
      const existing = await findOwnShareByTag(session, CREATION_TOKEN_TAG, input.creationToken);
      if (existing?.resourceShareArn) {
        const added = await addToShare(session, existing.resourceShareArn, {
          resourceArns: [domain.domainNameArn],
          principals: input.sharing.principals,
        });
        const nothing = added.addedPrincipals.length === 0 && added.addedResources.length === 0;
        return {
          stepId: id,
          status: nothing ? 'exists' : 'done',
          message: `Resource share ${existing.name} ${nothing ? 'already in place' : 'completed'}.`,
          domain,
        };
      }
      const share = await createDomainShare(session, {
        name: input.sharing.shareName,
        domainNameArn: domain.domainNameArn,
        principals: input.sharing.principals,
        tags: { [CREATION_TOKEN_TAG]: input.creationToken },
        clientToken: input.creationToken,
      });
      return {
        stepId: id,
        status: 'done',
        message: `Created resource share ${share.name}; consumers outside your organization must accept the invitation within 12 hours.`,
        domain,
      };
    }
    case 'share-ram-existing': {
      const added = await addToShare(session, input.sharing.existingShareArn, {
        resourceArns: [domain.domainNameArn],
        principals: input.sharing.principals,
      });
      const nothing = added.addedPrincipals.length === 0 && added.addedResources.length === 0;
      return {
        stepId: id,
        status: nothing ? 'exists' : 'done',
        message: nothing ? 'Already shared.' : 'Added to the resource share.',
        domain,
      };
    }
    case 'share-management-policy': {
      const current = await readPrivateDomain(session, domain);
      const desired = managementPolicy(domain.domainNameArn, input.sharing.principals);
      const ref = parseDomainArn(domain.domainNameArn);
      if (
        current.managementPolicy &&
        policiesEquivalent(current.managementPolicy, desired, ref && { kind: 'domain', ...ref })
      )
        return { stepId: id, status: 'exists', message: 'managementPolicy already grants these accounts.', domain };
      await updateDomainPolicies(session, domain, { managementPolicy: JSON.stringify(desired) }, false);
      return {
        stepId: id,
        status: 'done',
        message: 'managementPolicy written; send the consumers the domain ARN.',
        domain,
      };
    }
  }
  throw new Error(`Unknown step ${id}`);
}
