import 'server-only';
import type { Session } from '@/lib/aws/session';
import { toConsoleError } from '@/lib/aws/errors';
import { getCallerIdentity } from '@/lib/aws/identity';
import { describeCertificate } from '@/lib/aws/read/certificates';
import { listOwnDomains } from '@/lib/aws/read/domains';
import { CREATION_TOKEN_TAG, findOwnDomainByCreationToken } from '@/lib/aws/write/domain-names';
import { readRestApi, readStageNames } from '@/lib/aws/write/rest-apis';
import { readLiveOwnShare } from '@/lib/aws/write/resource-shares';
import { certificateProblem } from '@/lib/domains/certificate-coverage';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { buildCreatePlan } from '@/lib/domains/create-plan';
import type { PreflightResult } from '@/lib/domains/creation-run';
import type { ConsoleError, FieldErrors } from '@/lib/errors';

type MappedApi =
  | { id: string; ok: true; name: string; policy?: string; private: boolean; stages: string[] }
  | { id: string; ok: false; error: ConsoleError };

async function readMappedApi(session: Session, id: string): Promise<MappedApi> {
  try {
    const [api, stages] = await Promise.all([readRestApi(session, id), readStageNames(session, id)]);
    const isPrivate = (api.endpointConfiguration?.types ?? []).includes('PRIVATE');
    return { id, ok: true, name: api.name ?? id, policy: api.policy, private: isPrivate, stages };
  } catch (error) {
    return { id, ok: false, error: toConsoleError(error) };
  }
}

function mappingErrors(input: CreateDomainInput, apis: MappedApi[], out: FieldErrors) {
  input.mappings.forEach((m, i) => {
    const api = apis.find((a) => a.id === m.restApiId);
    if (!api?.ok) {
      out[`mappings.${i}.restApiId`] ??= `API ${m.restApiId} cannot be read: ${api?.error.message ?? 'not found'}`;
    } else if (!api.private) {
      out[`mappings.${i}.restApiId`] =
        `${api.name} is not a private API; a private domain can only route to private APIs of this account.`;
    } else if (!api.stages.includes(m.stage)) {
      out[`mappings.${i}.stage`] =
        `${api.name} has no stage "${m.stage}" (stages: ${api.stages.join(', ') || 'none – deploy the API first'}).`;
    }
  });
}

async function existingShareError(session: Session, shareArn: string): Promise<string | undefined> {
  try {
    return (await readLiveOwnShare(session, shareArn))
      ? undefined
      : 'This resource share no longer exists; choose another or create a new one.';
  } catch (error) {
    return `The resource share cannot be read: ${toConsoleError(error).message}`;
  }
}

/** Review: checks the whole input against what AWS holds and returns the plan; changes nothing. */
export async function preflightDomainCreation(session: Session, input: CreateDomainInput): Promise<PreflightResult> {
  const fieldErrors: FieldErrors = {};
  const { sharing } = input;
  const [{ account }, certificate, ownDomains, existing, apis, shareError] = await Promise.all([
    getCallerIdentity(session),
    describeCertificate(session, input.certificateArn).then(
      (summary) => ({ ok: true as const, summary }),
      (error: unknown) => ({ ok: false as const, error: toConsoleError(error) }),
    ),
    listOwnDomains(session),
    findOwnDomainByCreationToken(session, input.domainName, input.creationToken),
    Promise.all([...new Set(input.mappings.map((m) => m.restApiId))].map((id) => readMappedApi(session, id))),
    sharing.mode === 'ram-existing' ? existingShareError(session, sharing.existingShareArn) : undefined,
  ]);

  if (!certificate.ok) fieldErrors.certificateArn = `The certificate cannot be read: ${certificate.error.message}`;
  else {
    const problem = certificateProblem(certificate.summary, input.domainName);
    if (problem) fieldErrors.certificateArn = problem;
  }
  mappingErrors(input, apis, fieldErrors);
  if (sharing.mode !== 'none' && sharing.principals.includes(account))
    fieldErrors['sharing.principals'] =
      `${account} is this account; the domain is already yours. List consumer accounts only.`;
  if (shareError) fieldErrors['sharing.existingShareArn'] = shareError;

  const plan = buildCreatePlan(input, {
    region: session.region,
    accountId: account,
    apis: apis.flatMap((a) => (a.ok ? [{ id: a.id, name: a.name, policy: a.policy }] : [])),
  });
  const sameName = ownDomains.flatMap((d) =>
    d.domainNameId && d.domainName === input.domainName && d.tags[CREATION_TOKEN_TAG] !== input.creationToken
      ? [{ domainName: d.domainName, domainNameId: d.domainNameId }]
      : [],
  );
  return {
    plan,
    fieldErrors,
    sameName,
    existing: existing?.domainNameId
      ? { domainName: input.domainName, domainNameId: existing.domainNameId }
      : undefined,
  };
}
