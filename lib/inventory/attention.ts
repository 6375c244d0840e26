import { policyShape, sourcesNotAllowed } from '@/lib/policies/source-allow-list';
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';
import { INVITATION_WARNING_SECONDS, formatTimeLeft } from './invitations';
import { apiHref, domainHref } from './hrefs';

/** What the overview flags; each item links to the page where the operator can act. */
export type AttentionKind =
  'deny-all-domain' | 'mapping-to-missing-stage' | 'invitation-expiring' | 'association-not-allowed';

export interface AttentionItem {
  kind: AttentionKind;
  /** Stable key (for tables and tests). */
  id: string;
  summary: string;
  /** What to do about it. */
  action: string;
  href: string;
}

export interface AttentionDomain {
  domainName: string;
  domainNameId: string;
  domainNameArn?: string;
  policy?: string;
}

export interface AttentionInput {
  /** Private domains this account owns. */
  domains: AttentionDomain[];
  /** Base path mappings of those domains, keyed by `domainHref`. */
  mappings: Record<string, { basePath: string; restApiId: string; stage?: string }[]>;
  /** Stage names per REST API id; an API absent from the map no longer exists. */
  stagesByApi: Partial<Record<string, string[]>>;
  invitations: { arn: string; shareName?: string; senderAccountId?: string; status: string; secondsLeft?: number }[];
  /** Associations other accounts created with this account's domains (`resourceOwner=OTHER_ACCOUNTS`). */
  foreignAssociations: { arn: string; domainNameArn: string; source: string; associationAccountId?: string }[];
}

export function findAttention(input: AttentionInput): AttentionItem[] {
  return [...denyAll(input), ...missingStages(input), ...expiringInvitations(input), ...associationsNotAllowed(input)];
}

function denyAll({ domains }: AttentionInput): AttentionItem[] {
  return domains
    .filter((d) => policyShape(d.policy).kind === 'deny-all')
    .map((d) => ({
      kind: 'deny-all-domain',
      id: `deny-all:${d.domainName}+${d.domainNameId}`,
      summary: `${d.domainName} (${d.domainNameId}) still has the deny-all policy`,
      action: 'Nothing can invoke it until its policy allows the VPC endpoints that should call it.',
      href: `${domainHref(d.domainName, d.domainNameId)}?tab=policies`,
    }));
}

function missingStages({ domains, mappings, stagesByApi }: AttentionInput): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const d of domains) {
    const href = domainHref(d.domainName, d.domainNameId);
    for (const m of mappings[href] ?? []) {
      const stages = stagesByApi[m.restApiId];
      const path = m.basePath === '(none)' ? '(none)' : `/${m.basePath}`;
      if (!stages) {
        items.push({
          kind: 'mapping-to-missing-stage',
          id: `mapping:${d.domainName}+${d.domainNameId}:${m.basePath}`,
          summary: `${d.domainName} ${path} maps to API ${m.restApiId}, which no longer exists`,
          action: 'Delete the mapping or point it at an existing private API.',
          href: `${href}?tab=mappings`,
        });
      } else if (m.stage && !stages.includes(m.stage)) {
        items.push({
          kind: 'mapping-to-missing-stage',
          id: `mapping:${d.domainName}+${d.domainNameId}:${m.basePath}`,
          summary: `${d.domainName} ${path} maps to stage "${m.stage}" of API ${m.restApiId}, which has no such stage`,
          action: `Deploy the API to "${m.stage}" or change the mapping's stage.`,
          href: apiHref(m.restApiId),
        });
      }
    }
  }
  return items;
}

function expiringInvitations({ invitations }: AttentionInput): AttentionItem[] {
  return invitations.flatMap((i): AttentionItem[] =>
    i.status === 'PENDING' && i.secondsLeft !== undefined && i.secondsLeft <= INVITATION_WARNING_SECONDS
      ? [
          {
            kind: 'invitation-expiring',
            id: `invitation:${i.arn}`,
            summary: `Invitation to "${i.shareName ?? i.arn}" from ${i.senderAccountId ?? 'another account'}: ${formatTimeLeft(i.secondsLeft)}`,
            action: 'Accept or reject it before it expires; afterwards the owner has to share again.',
            href: '/sharing?tab=invitations',
          },
        ]
      : [],
  );
}

function associationsNotAllowed({ domains, foreignAssociations }: AttentionInput): AttentionItem[] {
  const byArn = new Map(domains.flatMap((d) => (d.domainNameArn ? [[d.domainNameArn, d] as const] : [])));
  const items: AttentionItem[] = [];
  for (const a of foreignAssociations) {
    const domain = byArn.get(a.domainNameArn);
    const ref = parseDomainNameArn(a.domainNameArn);
    if (!domain || !ref) continue;
    const scope = { kind: 'domain' as const, ...ref };
    const missing = sourcesNotAllowed(
      domain.policy,
      { vpceIds: [a.source] },
      { resource: domainExecuteApiArn(ref), scope },
    );
    if (missing.vpceIds.length === 0) continue;
    items.push({
      kind: 'association-not-allowed',
      id: `association:${a.arn}`,
      summary: `${a.source} of account ${a.associationAccountId ?? 'unknown'} is associated with ${domain.domainName} (${domain.domainNameId}), but the domain policy does not allow it`,
      action:
        'The consumer waits for you: add its endpoint to the domain policy (and to the mapped APIs\u2019 policies), or reject the association.',
      href: `${domainHref(domain.domainName, domain.domainNameId)}?tab=associations`,
    });
  }
  return items;
}
