import 'server-only';
import type { Session } from '@/lib/aws/session';
import { ActionFailure } from '@/lib/errors';
import { policyFindings, type PolicyFindings } from '@/lib/diagnose/policy-findings';
import type { DiagnoseParams } from '@/lib/diagnose/question';
import { remedyFactsOf } from '@/lib/diagnose/remedy';
import {
  associationPrerequisite,
  associationSeenByProvider,
  ENDPOINT_SIDE,
  sharePrerequisite,
  signaturePrerequisite,
  undecidableByVpc,
  unreadableEndpointSide,
} from '@/lib/diagnose/side-facts';
import {
  diagnoseForm,
  diagnoseUnshared,
  formToDiagnose,
  type Diagnosis,
  type SideReading,
  type WalkContext,
} from '@/lib/diagnose/walk';
import { listBasePathMappings } from '@/lib/aws/read/domains';
import { computeInvokeForms } from '@/lib/invoke/engine';
import type { InvokeForm, InvokeInput, Prerequisite, RestApiInfo, VpcEndpointInfo } from '@/lib/invoke/types';
import { toClientSituation } from '@/lib/invoke-ui/engine-input';
import type { InvokeLink } from '@/lib/invoke-ui/link';
import { invokeHref, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { section, type Section } from '@/lib/result';
import { loadInvokeView } from '@/lib/services/invoke/answer';
import { readInvokeInput } from '@/lib/services/invoke/read-input';
import { loadSampleRequest } from '@/lib/services/invoke/sample-request';
import { loadKnownEndpointIds } from '@/lib/services/policies/known-endpoints';
import { associationCreatedAt, readShareFacts } from './client-side';
import { readProviderSide, type ProviderSide } from './provider-side';
import { currentAccount, otherSessions, sessionForAccount } from '@/lib/services/contexts/account-sessions';

export interface DiagnoseView {
  /** The /invoke page for the same question. */
  invokeHref: string;
  diagnosis: Section<Diagnosis>;
  /** Lint findings on the readable policies of the call's path. */
  policyFindings: PolicyFindings[];
}

const reading = (side: SideReading['side'], accountId: string, session: Session | undefined): SideReading => ({
  side,
  accountId,
  ...(session ? { contextLabel: session.context.label } : {}),
});

/** The domain's owner among the operator's other contexts, for a domain the endpoint's account cannot see. */
async function findDomainOwner(
  session: Session,
  selection: InvokeSelection,
): Promise<{ session: Session; side: ProviderSide; account: string } | undefined> {
  const { domain, domainId } = selection;
  if (!domain || !domainId) return undefined;
  for (const other of await otherSessions(session)) {
    const account = await section(() => currentAccount(other));
    if (!account.ok) continue;
    const side = await section(() =>
      readProviderSide(other, account.data, { domainName: domain, domainNameId: domainId }),
    );
    if (side.ok && side.data) return { session: other, side: side.data, account: account.data };
  }
  return undefined;
}

/** The endpoint's account cannot see the domain: the share is what to diagnose. */
async function diagnoseInvisibleDomain(
  current: string,
  client: { session: Session; account: string },
  selection: InvokeSelection,
  params: DiagnoseParams,
): Promise<Diagnosis | undefined> {
  const owner = await findDomainOwner(client.session, selection);
  if (!owner) return undefined;
  const { domain } = owner.side;
  const facts = await readShareFacts(client.session, domain.domainNameArn, owner.account);
  const share: Prerequisite | undefined = sharePrerequisite(facts, {
    clientAccountId: client.account,
    providerAccountId: owner.account,
    domainNameArn: domain.domainNameArn,
  });
  if (!share) return undefined;
  const basePath = selection.basePath && selection.basePath !== '(none)' ? `/${selection.basePath}` : '';
  return diagnoseUnshared(
    {
      form: params.form ?? 'B1',
      formTitle: 'Private custom domain name',
      url: `https://${domain.domainName}${basePath}`,
    },
    share,
    {
      ...(params.symptom ? { symptom: params.symptom } : {}),
      accounts: { current, client: client.account, provider: owner.account },
      remedyFacts: facts.kind === 'pending' ? { invitationArn: facts.invitationArn } : {},
      sides: [reading('client', client.account, client.session), reading('provider', owner.account, owner.session)],
    },
  );
}

interface ProviderReading {
  account: string;
  session?: Session;
  side?: ProviderSide;
}

/**
 * The client's input with the provider's facts, as the provider's own invoke reading of the same question has them
 * (its domain's policy and mappings, the mapped API, the method's authorization and CORS answers).
 */
function withProviderFacts(input: InvokeInput, provider: InvokeInput | undefined): InvokeInput {
  if (!provider || input.target.kind !== 'private-domain' || provider.target.kind !== 'private-domain') return input;
  const { methodAuthorization, cors } = provider;
  return {
    ...input,
    target: { ...input.target, domain: provider.target.domain, mappedApis: provider.target.mappedApis ?? [] },
    authorizationType: provider.authorizationType,
    ...(methodAuthorization ? { methodAuthorization } : {}),
    ...(cors ? { cors } : {}),
  };
}

async function sideFacts(
  input: InvokeInput,
  vpceId: string | undefined,
  client: string,
  provider: ProviderReading,
  params: DiagnoseParams,
): Promise<Prerequisite[]> {
  const out: (Prerequisite | undefined)[] = [signaturePrerequisite(input.authorizationType, params.signed)];
  const { target } = input;
  if (target.kind === 'private-domain' && vpceId) {
    const { domainNameArn } = target.domain;
    const exists = input.accessAssociations.some((a) => a.domainNameArn === domainNameArn && a.vpceId === vpceId);
    const createdAt = exists ? await associationCreatedAt(client, domainNameArn, vpceId) : undefined;
    const sameAccount = client === provider.account;
    out.push(
      associationPrerequisite({
        exists,
        sameAccount,
        ...(provider.side
          ? {
              seenByProvider: provider.side.otherAccountsAssociations.some(
                (a) => a.domainNameArn === domainNameArn && a.source === vpceId,
              ),
            }
          : {}),
        ...(createdAt ? { createdAt } : {}),
        now: new Date().toISOString(),
        vpceId,
        domainNameArn,
        providerAccountId: provider.account,
      }),
    );
  }
  return out.filter((p) => p !== undefined);
}

/**
 * A domain question without a base path or request, asked from the domain's own account (the provider's view of
 * another account's association): the first mapping and a method the mapped API has, as /invoke would pick them
 * there; the endpoint's account cannot read either.
 */
async function withOwnDefaults(session: Session, link: InvokeLink): Promise<InvokeLink> {
  const { selection } = link;
  if (selection.target !== 'domain' || selection.basePath !== undefined || !selection.domain || !selection.domainId)
    return link;
  const mappings = await section(() => listBasePathMappings(session, selection.domain ?? '', selection.domainId ?? ''));
  const first = mappings.ok ? mappings.data.at(0) : undefined;
  if (!first) return link;
  const withBasePath = { ...selection, basePath: first.basePath };
  const request = link.requestGiven ? undefined : await loadSampleRequest(session, withBasePath);
  return request
    ? { ...link, selection: { ...withBasePath, ...request }, requestGiven: true }
    : { ...link, selection: withBasePath };
}

/**
 * Stands in for an endpoint of an account no context reaches: its id is what the provider's policies and
 * associations name; everything else about it stays unknown (its prerequisites are replaced by unknowns).
 */
function unreadableEndpoint(vpceId: string, account: string, region: string): VpcEndpointInfo {
  return {
    id: vpceId,
    vpcId: '',
    ownerAccountId: account,
    region,
    privateDnsEnabled: false,
    dnsEntries: [],
    ipAddressType: 'ipv4',
    state: 'available',
  };
}

/** The resource policies of the call's path the reading account holds. */
function readablePolicies(input: InvokeInput): (string | null | undefined)[] {
  const { target } = input;
  const policyOf = (api: RestApiInfo) => (api.unreadable ? undefined : api.policy);
  return target.kind === 'rest-api'
    ? [policyOf(target.api)]
    : [target.domain.policy, ...(target.mappedApis ?? []).map(policyOf)];
}

/** With the endpoint owner's credentials, what it reads; without them, what the domain's owner sees of it. */
async function clientSideFacts(
  form: InvokeForm,
  input: InvokeInput,
  client: { account: string; session?: Session },
  provider: ProviderReading,
): Promise<Prerequisite[]> {
  const { target } = input;
  const shared = target.kind === 'private-domain' && provider.account !== client.account;
  if (client.session) {
    if (!shared) return [];
    const facts = await readShareFacts(client.session, target.domain.domainNameArn, provider.account);
    const share = sharePrerequisite(facts, {
      clientAccountId: client.account,
      providerAccountId: provider.account,
      domainNameArn: target.domain.domainNameArn,
    });
    return share ? [share] : [];
  }
  const vpceId = form.vpceId;
  if (!vpceId) return [];
  const unreadable = (p: Prerequisite) => unreadableEndpointSide(p, client.account, vpceId);
  const byVpc = undecidableByVpc(form.prerequisites, readablePolicies(input), client.account, vpceId);
  if (!shared || !provider.side)
    return [...form.prerequisites.filter((p) => ENDPOINT_SIDE.has(p.id)).map(unreadable), ...byVpc];
  const { domainNameArn } = target.domain;
  const seen = associationSeenByProvider({
    listed: provider.side.otherAccountsAssociations.some(
      (a) => a.domainNameArn === domainNameArn && a.source === vpceId,
    ),
    vpceId,
    domainNameArn,
    clientAccountId: client.account,
  });
  const decided = new Set(seen.map((p) => p.id));
  const who = { clientAccountId: client.account, providerAccountId: provider.account, domainNameArn };
  return [
    ...form.prerequisites.filter((p) => ENDPOINT_SIDE.has(p.id) && !decided.has(p.id)).map(unreadable),
    ...seen,
    ...[sharePrerequisite({ kind: 'unread-by-provider' }, who)].filter((p) => p !== undefined),
    ...byVpc,
  ];
}

async function diagnose(session: Session, link: InvokeLink, params: DiagnoseParams): Promise<DiagnoseView> {
  const current = await currentAccount(session);
  const clientAccount = params.clientAccount ?? current;
  const clientSession = await sessionForAccount(session, clientAccount);
  // Without credentials for the endpoint's account, the context in use reads the call (without the endpoint it
  // cannot see) and the endpoint's links stay unknown, with what to ask its owner.
  const reader = clientSession ?? session;
  const asked = clientSession ? link : { ...link, selection: { ...link.selection, vpce: undefined } };
  const view = await loadInvokeView(reader, await withOwnDefaults(session, asked));
  const selection = clientSession ? view.selection : { ...view.selection, vpce: link.selection.vpce };
  const href = invokeHref(selection);
  // An endpoint the account no longer has is the "endpoint" link broken, not a question to refuse.
  const endpointGone = !view.answer.ok && view.answer.error.field === 'vpce' && view.selection.vpce !== undefined;
  if (!view.answer.ok && !endpointGone) {
    const invisible =
      clientSession && view.answer.error.field === 'domainId'
        ? await diagnoseInvisibleDomain(current, { session: clientSession, account: clientAccount }, selection, params)
        : undefined;
    return { invokeHref: href, policyFindings: [], diagnosis: invisible ? { ok: true, data: invisible } : view.answer };
  }

  const withoutEndpoint = endpointGone || !clientSession;
  const reads = await readInvokeInput(
    reader,
    withoutEndpoint ? { ...view.selection, vpce: undefined } : view.selection,
  );
  const { target } = reads.input;
  const providerAccount = target.kind === 'rest-api' ? target.api.accountId : target.domain.ownerAccountId;
  const provider: ProviderReading = { account: providerAccount };
  if (target.kind === 'private-domain' && providerAccount !== clientAccount) {
    provider.session = await sessionForAccount(session, providerAccount);
    if (provider.session) {
      const { domainName, domainNameId } = target.domain;
      provider.side = await readProviderSide(provider.session, providerAccount, { domainName, domainNameId });
    }
  } else provider.session = reader;

  // The provider's own reading of the same call (no endpoint of its own): what only its credentials can read.
  const providerSession = clientSession && provider.side ? provider.session : undefined;
  const providerInput = providerSession
    ? await section(() => readInvokeInput(providerSession, { ...view.selection, vpce: undefined }))
    : undefined;
  const withProvider = withProviderFacts(reads.input, providerInput?.ok ? providerInput.data.input : undefined);
  const input: InvokeInput =
    clientSession || !selection.vpce
      ? withProvider
      : {
          ...withProvider,
          vpcEndpoints: [
            ...withProvider.vpcEndpoints,
            unreadableEndpoint(selection.vpce, clientAccount, session.region),
          ],
        };
  const vpcId = reads.endpoint?.vpcId;
  const vpceId = reads.endpoint?.id;
  const form = formToDiagnose(computeInvokeForms(input, toClientSituation(selection, vpcId)), params.form);
  if (!form)
    throw new ActionFailure({
      kind: 'invalid-input',
      title: 'Nothing to diagnose',
      message: 'No invoke form applies to this client situation.',
    });

  const side: Prerequisite[] = [
    ...(await sideFacts(input, form.vpceId ?? vpceId, clientAccount, provider, params)),
    ...(await clientSideFacts(form, input, { account: clientAccount, session: clientSession }, provider)),
  ];
  const ctx: WalkContext = {
    ...(params.symptom ? { symptom: params.symptom } : {}),
    sideFacts: side,
    accounts: { current, client: clientAccount, provider: providerAccount },
    remedyFacts: remedyFactsOf(input, form.vpceId ?? vpceId, vpcId),
    sides: [
      reading('client', clientAccount, clientSession),
      ...(providerAccount === clientAccount ? [] : [reading('provider', providerAccount, provider.session)]),
    ],
  };
  // Without every account's endpoints, an id would be reported as nobody's: then the lint leaves that check out.
  const known = await section(() => loadKnownEndpointIds(session));
  return {
    invokeHref: href,
    policyFindings: policyFindings(input, known.ok ? new Set(known.data) : undefined),
    diagnosis: { ok: true, data: diagnoseForm(form, ctx) },
  };
}

/**
 * Answers "why does this call fail?" for an /invoke link. Each side is read with the credentials of the account
 * that owns it when one of the operator's contexts reaches it: the endpoint's account for DNS, the endpoint, its
 * policy, the association and the share; the domain's account for its policy, mappings, stages, the API policy
 * and the method. Then the walk names the first broken link in AWS's order.
 */
export async function loadDiagnosis(session: Session, link: InvokeLink, params: DiagnoseParams): Promise<DiagnoseView> {
  const loaded = await section(() => diagnose(session, link, params));
  return loaded.ok ? loaded.data : { invokeHref: invokeHref(link.selection), policyFindings: [], diagnosis: loaded };
}
