import 'server-only';
import {
  CreateDomainNameCommand,
  DeleteDomainNameCommand,
  GetDomainNameCommand,
  GetTagsCommand,
  UpdateDomainNameCommand,
  paginateGetDomainNames,
  type DomainName as SdkDomainName,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { getClients } from '../clients';
import type { Session } from '../session';
import { PAGE_SIZE } from '../read/serialize';

/** Tag the wizard puts on the domain it creates: private domain names are not unique, so this is how a retry finds it. */
export const CREATION_TOKEN_TAG = 'console:creation-token';

export interface PrivateDomainRef {
  domainName: string;
  domainNameId: string;
}

export interface NewPrivateDomain {
  domainName: string;
  certificateArn: string;
  securityPolicy: string;
  endpointAccessMode?: string;
  /** Stringified JSON; omitted = AWS's deny-all default. */
  policy?: string;
  tags: Record<string, string>;
}

/**
 * API Gateway allows one Create/Update/DeleteDomainName per 30 s per account (AWS facts docs/aws/quotas.md). These adapters never
 * wait that out: a throttled call fails with its Retry-After, and the caller tells the operator how long to wait.
 */
export async function createPrivateDomain(session: Session, d: NewPrivateDomain): Promise<SdkDomainName> {
  return getClients(session).apigateway.send(
    new CreateDomainNameCommand({
      domainName: d.domainName,
      certificateArn: d.certificateArn,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: d.securityPolicy as never,
      endpointAccessMode: d.endpointAccessMode as never,
      policy: d.policy,
      tags: d.tags,
    }),
  );
}

export async function readPrivateDomain(session: Session, ref: PrivateDomainRef): Promise<SdkDomainName> {
  return getClients(session).apigateway.send(new GetDomainNameCommand(ref));
}

export interface DomainPolicyChanges {
  /** Stringified JSON for `/policy`. */
  policy?: string;
  /** Stringified JSON for `/managementPolicy`; empty string removes it. */
  managementPolicy?: string;
}

/** Both policies in one UpdateDomainName: the API allows one domain update per 30 s, so never send two. */
export function domainPolicyPatch(changes: DomainPolicyChanges): PatchOperation[] {
  const ops: PatchOperation[] = [];
  if (changes.policy !== undefined) ops.push({ op: 'replace', path: '/policy', value: changes.policy });
  if (changes.managementPolicy !== undefined)
    ops.push({ op: 'replace', path: '/managementPolicy', value: changes.managementPolicy });
  return ops;
}

export async function updateDomainPolicies(
  session: Session,
  ref: PrivateDomainRef,
  changes: DomainPolicyChanges,
): Promise<void> {
  const patchOperations = domainPolicyPatch(changes);
  if (patchOperations.length === 0) return;
  await getClients(session).apigateway.send(new UpdateDomainNameCommand({ ...ref, patchOperations }));
}

export async function deletePrivateDomain(session: Session, ref: PrivateDomainRef): Promise<void> {
  await getClients(session).apigateway.send(new DeleteDomainNameCommand(ref));
}

/**
 * The own private domain a wizard run created, found by its creation-token tag. Only domains with the wanted
 * name are examined, and their tags fetched only when the listing did not include them.
 */
export async function findOwnDomainByCreationToken(
  session: Session,
  domainName: string,
  token: string,
): Promise<SdkDomainName | undefined> {
  const client = getClients(session).apigateway;
  const candidates: SdkDomainName[] = [];
  for await (const page of paginateGetDomainNames(
    { client, pageSize: PAGE_SIZE.apigateway },
    { resourceOwner: 'SELF' },
  )) {
    candidates.push(...(page.items ?? []).filter((d) => d.domainNameId && d.domainName === domainName));
  }
  for (const d of candidates) {
    const tags =
      d.tags ??
      (d.domainNameArn ? (await client.send(new GetTagsCommand({ resourceArn: d.domainNameArn }))).tags : undefined);
    if (tags?.[CREATION_TOKEN_TAG] === token) return d;
  }
  return undefined;
}
