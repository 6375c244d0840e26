import type { FormId, InvokeForm, InvokeResult, Prerequisite } from '@/lib/invoke/types';
import { remedyFor, type Remedy, type RemedyFacts } from './remedy';

export type LinkId =
  | 'dns'
  | 'endpoint'
  | 'tls'
  | 'endpoint-policy'
  | 'access-association'
  | 'ram-share'
  | 'domain-policy'
  | 'base-path-mapping'
  | 'stage-deployed'
  | 'api-policy'
  | 'method-authorization'
  | 'cors';

interface LinkSpec {
  id: LinkId;
  label: string;
  /** Engine prerequisite ids (lib/invoke/checks) this link is made of. */
  prerequisites: readonly string[];
}

/** The links of a call from client to integration, in the order AWS meets them. */
export const LINKS: readonly LinkSpec[] = [
  {
    id: 'dns',
    label: 'DNS resolves the name to the endpoint',
    prerequisites: [
      'dns-record',
      'dns-zone-vpc',
      'private-dns',
      'vpc-dns-attributes',
      'onprem-resolver',
      'custom-resolver',
      'vpce-associated',
    ],
  },
  { id: 'endpoint', label: 'VPC endpoint reachable', prerequisites: ['vpce-available', 'same-region'] },
  {
    id: 'tls',
    label: 'TLS and hostname (certificate, SNI, access mode)',
    prerequisites: ['domain-status', 'domain-certificate', 'access-mode', 'api-private', 'execute-api-endpoint'],
  },
  { id: 'endpoint-policy', label: 'VPC endpoint policy', prerequisites: ['endpoint-policy'] },
  {
    id: 'access-association',
    label: 'Access association (exists, not rejected, old enough)',
    prerequisites: ['access-association', 'association-rejected', 'association-age', 'same-name-domain'],
  },
  {
    id: 'ram-share',
    label: 'RAM share and invitation, or managementPolicy grant',
    prerequisites: ['ram-share', 'ram-invitation'],
  },
  { id: 'domain-policy', label: 'Domain policy', prerequisites: ['domain-policy'] },
  { id: 'base-path-mapping', label: 'Base path mapping', prerequisites: ['base-path-mapping'] },
  {
    id: 'stage-deployed',
    label: 'Stage deployed with the latest changes',
    prerequisites: ['stage-deployed', 'mapped-api-stage', 'changes-deployed'],
  },
  { id: 'api-policy', label: 'API resource policy', prerequisites: ['api-policy', 'mapped-api-policy'] },
  {
    id: 'method-authorization',
    label: 'Method authorization',
    prerequisites: ['iam-identity', 'method-authorization'],
  },
  { id: 'cors', label: 'CORS (browser clients)', prerequisites: ['cors-preflight', 'cors-response'] },
];

export type LinkStatus = 'ok' | 'broken' | 'unknown' | 'not-involved';

export interface LinkResult {
  id: LinkId;
  label: string;
  status: LinkStatus;
  prerequisites: Prerequisite[];
}

/** Who must act on a prerequisite: the endpoint's (client's) account or the API's and domain's (provider's). */
export type LinkOwner = 'client' | 'provider';

/** Prerequisites only the provider can change (the rest belong to the client's account). */
const PROVIDER_OWNED: ReadonlySet<string> = new Set([
  'domain-status',
  'domain-certificate',
  'access-mode',
  'api-private',
  'execute-api-endpoint',
  'association-rejected',
  'ram-share',
  'domain-policy',
  'base-path-mapping',
  'stage-deployed',
  'mapped-api-stage',
  'changes-deployed',
  'api-policy',
  'mapped-api-policy',
  'cors-preflight',
  'cors-response',
]);

export function ownerOf(prerequisiteId: string): LinkOwner {
  return PROVIDER_OWNED.has(prerequisiteId) ? 'provider' : 'client';
}

/** Side prerequisites (side-facts.ts) replace the engine's prerequisites named here, besides their own id. */
const REPLACES: Readonly<Record<string, readonly string[]>> = {
  'association-rejected': ['access-association'],
  'association-age': ['access-association'],
};

export interface Finding {
  link: LinkResult;
  prerequisite: Prerequisite;
  /** What AWS answers the client while this is so. */
  answer: string;
  fix: string;
  owner: LinkOwner;
  /** The owning account, when the diagnosis knows both sides' accounts. */
  ownerAccountId?: string;
  /** When another account owns what must change: a message to send it. */
  messageForOwner?: string;
  /** When the account in use owns it and a console action does exactly the fix. */
  remedy?: Remedy;
}

export interface Diagnosis {
  form: FormId;
  formTitle: string;
  url: string;
  links: LinkResult[];
  /** The first link (in AWS's order) that is broken. */
  broken?: Finding;
  /** Without a broken link: the first link that could not be checked from here. */
  unknown?: Finding;
  /** Why the form cannot be used at all by this client (then no link is walked). */
  notApplicable?: string;
  /** The operator's symptom, compared with what the diagnosis predicts. */
  symptomNote?: string;
  /** Whose credentials read each side; a side without them leaves its links "unknown". */
  sides?: SideReading[];
}

export interface SideReading {
  side: LinkOwner;
  accountId: string;
  /** The account context that read it; absent when no configured context reaches that account. */
  contextLabel?: string;
}

export type Symptom = { kind: 'status'; status: number; message?: string } | { kind: 'timeout' | 'tls' };

/** What the walk knows beyond one form's prerequisites. */
export interface WalkContext {
  symptom?: Symptom;
  /** Prerequisites decided from the other side's reads or the operator's answers (side-facts.ts). */
  sideFacts?: Prerequisite[];
  /** The account in use, the endpoint's and the domain's or API's. */
  accounts?: { current: string; client: string; provider: string };
  remedyFacts?: RemedyFacts;
  sides?: SideReading[];
}

function statusOf(prereqs: Prerequisite[]): LinkStatus {
  if (prereqs.length === 0) return 'not-involved';
  if (prereqs.some((p) => p.status === 'not-met')) return 'broken';
  return prereqs.some((p) => p.status === 'unknown') ? 'unknown' : 'ok';
}

/**
 * `links`: every link of the walk; an unknown finding's message then also asks whatever else cannot be checked from
 * here (one message to the other account instead of one per round trip).
 */
function finding(
  link: LinkResult,
  wanted: 'not-met' | 'unknown',
  ctx: WalkContext,
  links: LinkResult[] = [],
): Finding | undefined {
  const p = link.prerequisites.find((x) => x.status === wanted);
  if (!p) return undefined;
  const alsoAsk =
    wanted === 'unknown'
      ? links.flatMap((l) => l.prerequisites).filter((q) => q !== p && q.status === 'unknown' && q.askProvider)
      : [];
  const fix = p.fix ?? p.reason;
  const owner = ownerOf(p.id);
  const ownerAccountId = ctx.accounts?.[owner];
  const foreign = ownerAccountId !== undefined && ownerAccountId !== ctx.accounts?.current;
  const remedy =
    wanted === 'not-met' && ownerAccountId !== undefined && !foreign
      ? remedyFor(p.id, ctx.remedyFacts ?? {})
      : undefined;
  return {
    link,
    prerequisite: p,
    answer: p.symptom ?? 'Not documented by AWS.',
    fix,
    owner,
    ...(ownerAccountId ? { ownerAccountId } : {}),
    ...(p.askProvider || foreign ? { messageForOwner: ownerMessage(p, link, ownerAccountId, alsoAsk) } : {}),
    ...(remedy ? { remedy } : {}),
  };
}

function ownerMessage(
  p: Prerequisite,
  link: LinkResult,
  account: string | undefined,
  alsoAsk: Prerequisite[] = [],
): string {
  return [
    `Hello${account ? ` account ${account}` : ''} — a call to our shared private API fails at "${link.label}".`,
    `What we see: ${p.reason}`,
    ...(p.askProvider ? [`Request: ${p.askProvider}`] : []),
    `What to change: ${p.fix ?? p.reason}`,
    ...(alsoAsk.length
      ? ['We cannot check these either:', ...alsoAsk.map((q) => `- ${q.askProvider ?? q.label}`)]
      : []),
  ].join('\n');
}

function symptomNote(symptom: Symptom | undefined, found: Finding | undefined): string | undefined {
  if (!symptom || !found) return undefined;
  const expected = found.answer;
  const seen =
    symptom.kind === 'status'
      ? String(symptom.status)
      : symptom.kind === 'timeout'
        ? /timeout|NXDOMAIN|connect/i.test(expected)
          ? undefined
          : 'a timeout'
        : /TLS|SNI|certificate/i.test(expected)
          ? undefined
          : 'a TLS error';
  if (seen === undefined) return `What you see matches this link.`;
  if (symptom.kind === 'status' && expected.includes(seen)) return `What you see (${seen}) matches this link.`;
  return `What you see (${seen}) is not what this link gives (${expected}); fix this link first, then call again.`;
}

/** Picks the form the client uses: the one asked for, else the recommended one, else the first applicable one. */
export function formToDiagnose(result: InvokeResult, wanted?: FormId): InvokeForm | undefined {
  const byId = (id: FormId | undefined) => result.forms.find((f) => f.id === id);
  return byId(wanted) ?? byId(result.recommended) ?? result.forms.find((f) => f.status !== 'not-applicable');
}

function withSideFacts(engine: Prerequisite[], side: Prerequisite[]): Prerequisite[] {
  const replaced = new Set(side.flatMap((p) => [p.id, ...(REPLACES[p.id] ?? [])]));
  return [...engine.filter((p) => !replaced.has(p.id)), ...side];
}

function walkLinks(prerequisites: Prerequisite[]): LinkResult[] {
  return LINKS.map((spec): LinkResult => {
    const own = prerequisites.filter((p) => spec.prerequisites.includes(p.id));
    return { id: spec.id, label: spec.label, status: statusOf(own), prerequisites: own };
  });
}

/**
 * The first broken link in AWS's order, except that a missing association whose domain is not shared yet is
 * reported at the share: the association cannot be created before it.
 */
function firstBroken(links: LinkResult[], ctx: WalkContext): Finding | undefined {
  const first = links.map((l) => finding(l, 'not-met', ctx)).find((f) => f !== undefined);
  const share = links.find((l) => l.id === 'ram-share');
  if (first?.prerequisite.id === 'access-association' && share?.status === 'broken')
    return finding(share, 'not-met', ctx);
  return first;
}

/** Walks one form's prerequisites link by link in AWS's order and names the first broken one. */
export function diagnoseForm(form: InvokeForm, ctx: WalkContext = {}): Diagnosis {
  const links = walkLinks(withSideFacts(form.prerequisites, ctx.sideFacts ?? []));
  const base = {
    form: form.id,
    formTitle: form.title,
    url: form.url,
    links,
    ...(ctx.sides ? { sides: ctx.sides } : {}),
  };
  if (form.status === 'not-applicable') return { ...base, notApplicable: form.notApplicableReason };
  const broken = firstBroken(links, ctx);
  const unknown = broken ? undefined : links.map((l) => finding(l, 'unknown', ctx, links)).find((f) => f !== undefined);
  const note = symptomNote(ctx.symptom, broken ?? unknown);
  return {
    ...base,
    ...(broken ? { broken } : {}),
    ...(unknown ? { unknown } : {}),
    ...(note ? { symptomNote: note } : {}),
  };
}

/**
 * When the endpoint's account cannot see the domain at all, no form can be computed: the share is the finding,
 * and every other link waits for it.
 */
export function diagnoseUnshared(
  call: { form: FormId; formTitle: string; url: string },
  share: Prerequisite,
  ctx: WalkContext = {},
): Diagnosis {
  const links = walkLinks([share]).map((l) => (l.id === 'ram-share' ? l : { ...l, status: 'unknown' as const }));
  const shareLink = links.filter((l) => l.id === 'ram-share');
  const broken = shareLink.map((l) => finding(l, 'not-met', ctx)).at(0);
  const unknown = broken ? undefined : shareLink.map((l) => finding(l, 'unknown', ctx)).at(0);
  const note = symptomNote(ctx.symptom, broken ?? unknown);
  return {
    ...call,
    links,
    ...(ctx.sides ? { sides: ctx.sides } : {}),
    ...(broken ? { broken } : {}),
    ...(unknown ? { unknown } : {}),
    ...(note ? { symptomNote: note } : {}),
  };
}
