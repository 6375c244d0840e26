'use server';

import { z } from 'zod';
import { guarded, ActionFailure, FieldError } from '@/lib/actions/guard';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { listOwnedShares } from '@/lib/aws/read/sharing';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import {
  deletePrivateDomain,
  readPrivateDomain,
  updateDomainPolicies,
  type PrivateDomainRef,
} from '@/lib/aws/write/domain-names';
import { createMapping, currentMappings, deleteMapping, updateMapping } from '@/lib/aws/write/base-path-mappings';
import { readRestApi, redeployStage, replaceRestApiPolicy } from '@/lib/aws/write/rest-apis';
import { addToShare, createDomainShare, removeFromShare } from '@/lib/aws/write/resource-shares';
import { rejectAccessAssociation } from '@/lib/aws/write/access-association-rejection';
import { deleteAccessAssociation } from '@/lib/aws/write/access-associations';
import {
  addMappingSchema,
  allowConsumerEndpointSchema,
  deleteDomainSchema,
  rejectAssociationSchema,
  removeMappingSchema,
  removeSharePrincipalSchema,
  setManagementAccountsSchema,
  shareDomainSchema,
  stopSharingSchema,
  updateDomainPolicySchema,
  updateMappingSchema,
} from '@/lib/domains/manage-schemas';
import { apiPolicyChange } from '@/lib/domains/create-plan';
import { basePathLabel } from '@/lib/domains/base-path';
import {
  domainApigatewayArn,
  domainExecuteApiArn,
  domainInvokePolicy,
  managementPolicy,
  type SourceAllowList,
} from '@/lib/policies';
import { policyShape, widenPolicy } from '@/lib/policies/source-allow-list';

/** What a management action reports back: a sentence for the flash bar and the individual changes made. */
export interface ChangeReport {
  message: string;
  changes: string[];
}

async function domainContext(session: Session, ref: PrivateDomainRef) {
  const [{ account }, domain] = await Promise.all([getCallerIdentity(session), readPrivateDomain(session, ref)]);
  const full = { region: session.region, accountId: account, ...ref };
  return {
    domain,
    account,
    full,
    executeArn: domainExecuteApiArn(full),
    arn: domain.domainNameArn ?? domainApigatewayArn(full),
  };
}

const hintFor = (operation: string) => (input: { domain: PrivateDomainRef }) => ({
  operation,
  resource: `${input.domain.domainName} (${input.domain.domainNameId})`,
});

/** Options the edit forms need (private APIs, this account's endpoints, shares), loaded when a form opens. */
export async function loadDomainEditOptions(raw: unknown) {
  return guarded(
    { name: 'domains.edit-options', schema: z.object({}), hint: { operation: 'load form options' } },
    raw,
    async (_input, session) => {
      const [apis, endpoints, shares] = await Promise.all([
        listRestApis(session),
        listExecuteApiEndpoints(session),
        listOwnedShares(session),
      ]);
      return {
        privateApis: apis.filter(isPrivateApi).map((a) => ({ id: a.id, name: a.name })),
        endpoints: endpoints.map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, state: e.state })),
        shares: shares.map((s) => ({ arn: s.arn, name: s.name, status: s.status })),
      };
    },
  );
}

export async function updateDomainPolicy(raw: unknown) {
  return guarded(
    { name: 'domains.update-policy', schema: updateDomainPolicySchema, hint: hintFor('apigateway:UpdateDomainName') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { executeArn } = await domainContext(session, input.domain);
      const { access } = input;
      let policy: string;
      if (access.mode === 'generated')
        policy = JSON.stringify(domainInvokePolicy(executeArn, { vpceIds: access.vpceIds, vpcIds: access.vpcIds }));
      else if (access.mode === 'custom') policy = JSON.stringify(JSON.parse(access.policyText));
      else
        policy = JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'DenyAll', Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: executeArn },
          ],
        });
      await updateDomainPolicies(session, input.domain, { policy });
      return {
        message: `Invoke policy of ${input.domain.domainName} saved. It applies to new requests right away (no deployment for domains).`,
        changes: ['policy'],
      };
    },
  );
}

/** Sources the domain policy allows, to offer the same on a newly mapped API. */
function domainSources(policy: string | undefined): SourceAllowList | undefined {
  const shape = policyShape(policy);
  return shape.kind === 'source-allow-list' ? shape.sources : undefined;
}

async function allowOnApi(
  session: Session,
  account: string,
  restApiId: string,
  stages: string[],
  sources: SourceAllowList,
  redeploy: boolean,
  changes: string[],
): Promise<void> {
  const api = await readRestApi(session, restApiId);
  const change = apiPolicyChange(
    { id: restApiId, name: api.name ?? restApiId, policy: api.policy },
    stages[0],
    sources,
    { region: session.region, accountId: account },
  );
  if (change.kind === 'manual') {
    changes.push(`${api.name}: not changed – ${change.reason}`);
    return;
  }
  if (change.kind === 'updated') {
    await replaceRestApiPolicy(session, restApiId, JSON.stringify(change.policy));
    changes.push(`${api.name}: resource policy updated`);
  }
  if (change.kind === 'updated' && redeploy) {
    for (const stage of stages) {
      await redeployStage(session, restApiId, stage, 'Console: allow domain endpoints');
      changes.push(`${api.name}: stage ${stage} redeployed`);
    }
  } else if (change.kind === 'updated') {
    changes.push(`${api.name}: redeploy ${stages.join(', ')} for the change to take effect`);
  }
}

export async function addMapping(raw: unknown) {
  return guarded(
    { name: 'domains.add-mapping', schema: addMappingSchema, hint: hintFor('apigateway:CreateBasePathMapping') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const existing = await currentMappings(session, input.domain);
      if (existing.some((m) => m.basePath === input.basePath))
        throw new FieldError(
          'basePath',
          `${basePathLabel(input.basePath)} is already mapped; edit that mapping instead.`,
        );
      const api = await readRestApi(session, input.restApiId);
      if (!(api.endpointConfiguration?.types ?? []).includes('PRIVATE'))
        throw new FieldError(
          'restApiId',
          `${api.name} is not a private API; private domains route to private APIs of this account only.`,
        );
      await createMapping(session, input.domain, input);
      const changes = [`${basePathLabel(input.basePath)} → ${api.name} / ${input.stage}`];
      if (input.allowOnApi) {
        const { domain, account } = await domainContext(session, input.domain);
        const sources = domainSources(domain.policy);
        if (sources) await allowOnApi(session, account, input.restApiId, [input.stage], sources, true, changes);
        else
          changes.push(
            `${api.name}: the domain policy is hand-written, so the console cannot tell which endpoints to allow on the API`,
          );
      }
      return { message: `Mapped ${basePathLabel(input.basePath)} to ${api.name}, stage ${input.stage}.`, changes };
    },
  );
}

export async function editMapping(raw: unknown) {
  return guarded(
    { name: 'domains.edit-mapping', schema: updateMappingSchema, hint: hintFor('apigateway:UpdateBasePathMapping') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const existing = await currentMappings(session, input.domain);
      const current = existing.find((m) => m.basePath === input.currentBasePath);
      if (!current)
        throw new ActionFailure({
          kind: 'not-found',
          title: 'Mapping gone',
          message: `${basePathLabel(input.currentBasePath)} no longer exists; reload the page.`,
        });
      if (input.basePath !== input.currentBasePath && existing.some((m) => m.basePath === input.basePath))
        throw new FieldError('basePath', `${basePathLabel(input.basePath)} is already mapped.`);
      await updateMapping(session, input.domain, input.currentBasePath, input, current);
      return {
        message: `${basePathLabel(input.basePath)} now routes to ${input.restApiId}, stage ${input.stage}.`,
        changes: [],
      };
    },
  );
}

export async function removeMapping(raw: unknown) {
  return guarded(
    { name: 'domains.remove-mapping', schema: removeMappingSchema, hint: hintFor('apigateway:DeleteBasePathMapping') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      await deleteMapping(session, input.domain, input.basePath);
      return { message: `Removed ${basePathLabel(input.basePath)}. Calls to it now get 403.`, changes: [] };
    },
  );
}

export async function shareDomain(raw: unknown) {
  return guarded(
    { name: 'domains.share', schema: shareDomainSchema, hint: hintFor('ram:share domain') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { account, arn, domain } = await domainContext(session, input.domain);
      const { sharing } = input;
      if (sharing.principals.includes(account))
        throw new FieldError('sharing.principals', `${account} is this account; list consumer accounts only.`);
      if (sharing.mode === 'ram-new') {
        const share = await createDomainShare(session, {
          name: sharing.shareName,
          domainNameArn: arn,
          principals: sharing.principals,
          tags: {},
          clientToken: crypto.randomUUID(),
        });
        return {
          message: `Shared through new resource share ${share.name}. Accounts outside your organization must accept within 12 hours.`,
          changes: [],
        };
      }
      if (sharing.mode === 'ram-existing') {
        await addToShare(session, sharing.existingShareArn, { resourceArns: [arn], principals: sharing.principals });
        return { message: 'Added to the resource share.', changes: [] };
      }
      const current = policyAccounts(domain.managementPolicy);
      await updateDomainPolicies(session, input.domain, {
        managementPolicy: JSON.stringify(managementPolicy(arn, [...current, ...sharing.principals])),
      });
      return {
        message: `managementPolicy now lets ${[...new Set([...current, ...sharing.principals])].join(', ')} associate endpoints. Send them the domain ARN.`,
        changes: [],
      };
    },
  );
}

/** Accounts named in a console-written managementPolicy. */
function policyAccounts(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const doc = JSON.parse(raw) as { Statement?: { Principal?: { AWS?: string | string[] } }[] };
    return (doc.Statement ?? [])
      .flatMap((s) => [s.Principal?.AWS ?? []].flat())
      .map((p) => /(\d{12})/.exec(p)?.[1] ?? p)
      .filter((p) => /^\d{12}$/.test(p));
  } catch {
    return [];
  }
}

export async function setManagementAccounts(raw: unknown) {
  return guarded(
    {
      name: 'domains.management-accounts',
      schema: setManagementAccountsSchema,
      hint: hintFor('apigateway:UpdateDomainName'),
    },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { arn } = await domainContext(session, input.domain);
      const accounts = [...new Set(input.accounts)];
      // An empty string clears the managementPolicy: no other account may create associations any more.
      await updateDomainPolicies(session, input.domain, {
        managementPolicy: accounts.length ? JSON.stringify(managementPolicy(arn, accounts)) : '',
      });
      return {
        message: accounts.length
          ? `managementPolicy now names ${accounts.join(', ')}.`
          : 'managementPolicy cleared: no other account can create new associations.',
        changes: [],
      };
    },
  );
}

export async function removeSharePrincipal(raw: unknown) {
  return guarded(
    {
      name: 'domains.unshare-principal',
      schema: removeSharePrincipalSchema,
      hint: hintFor('ram:DisassociateResourceShare'),
    },
    raw,
    async (input, session): Promise<ChangeReport> => {
      await removeFromShare(session, input.shareArn, { principals: [input.principal] });
      return {
        message: `${input.principal} removed from the share. Existing associations keep working until you reject them.`,
        changes: [],
      };
    },
  );
}

export async function stopSharing(raw: unknown) {
  return guarded(
    { name: 'domains.stop-sharing', schema: stopSharingSchema, hint: hintFor('ram:DisassociateResourceShare') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { arn } = await domainContext(session, input.domain);
      await removeFromShare(session, input.shareArn, { resourceArns: [arn] });
      return {
        message: 'The domain is no longer in this share. Existing associations keep working until you reject them.',
        changes: [],
      };
    },
  );
}

export async function rejectAssociation(raw: unknown) {
  return guarded(
    {
      name: 'domains.reject-association',
      schema: rejectAssociationSchema,
      hint: hintFor('apigateway:RejectDomainNameAccessAssociation'),
    },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { arn } = await domainContext(session, input.domain);
      await rejectAccessAssociation(session, input.associationArn, arn);
      return {
        message:
          'Association rejected: calls from that VPC endpoint now get 403. Only its owner can delete the association.',
        changes: [],
      };
    },
  );
}

/** The consumer's endpoint in the domain policy and in every mapped API's policy (plus redeploys), in one action. */
export async function allowConsumerEndpoint(raw: unknown) {
  return guarded(
    { name: 'domains.allow-endpoint', schema: allowConsumerEndpointSchema, hint: hintFor('allow consumer endpoint') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { domain, account, full, executeArn } = await domainContext(session, input.domain);
      const changes: string[] = [];
      const widened = widenPolicy(
        domain.policy,
        { vpceIds: [input.vpceId] },
        {
          resource: executeArn,
          scope: { kind: 'domain', ...full },
          fresh: (src) => domainInvokePolicy(executeArn, src),
        },
      );
      if (widened.kind === 'manual') throw new FieldError('vpceId', `Domain policy: ${widened.reason}`);
      if (widened.kind === 'updated') {
        await updateDomainPolicies(session, input.domain, { policy: JSON.stringify(widened.policy) });
        changes.push('Domain policy: endpoint added');
      } else changes.push('Domain policy: already allowed');
      if (input.updateApis) {
        const mappings = await currentMappings(session, input.domain);
        for (const apiId of new Set(mappings.map((m) => m.restApiId))) {
          const stages = [...new Set(mappings.filter((m) => m.restApiId === apiId && m.stage).map((m) => m.stage))];
          if (stages.length)
            await allowOnApi(session, account, apiId, stages, { vpceIds: [input.vpceId] }, input.redeploy, changes);
        }
      }
      return {
        message: `${input.vpceId} is allowed on ${input.domain.domainName}${input.updateApis ? ' and its mapped APIs' : ''}.`,
        changes,
      };
    },
  );
}

export async function deleteDomain(raw: unknown) {
  return guarded(
    { name: 'domains.delete', schema: deleteDomainSchema, hint: hintFor('apigateway:DeleteDomainName') },
    raw,
    async (input, session): Promise<ChangeReport> => {
      const { arn } = await domainContext(session, input.domain);
      // Own associations would dangle; AWS's guide deletes them first. Other accounts' can only be deleted by them.
      const own = (await listAccessAssociations(session, 'SELF')).filter((a) => a.domainNameArn === arn);
      for (const a of own) await deleteAccessAssociation(session, a.arn);
      await deletePrivateDomain(session, input.domain);
      return {
        message: `Deleted ${input.domain.domainName} (${input.domain.domainNameId}) with its base path mappings${own.length ? ` and ${own.length} own access association(s)` : ''}.`,
        changes: [],
      };
    },
  );
}
