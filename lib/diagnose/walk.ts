import type { FormId, InvokeForm, InvokeResult, Prerequisite } from '@/lib/invoke/types';

export type LinkId =
  | 'dns'
  | 'endpoint'
  | 'tls'
  | 'endpoint-policy'
  | 'access-association'
  | 'domain-policy'
  | 'base-path-mapping'
  | 'stage-deployed'
  | 'api-policy'
  | 'method-authorization';

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
    prerequisites: ['dns-record', 'private-dns', 'vpc-dns-attributes', 'onprem-resolver', 'vpce-associated'],
  },
  { id: 'endpoint', label: 'VPC endpoint reachable', prerequisites: ['vpce-available', 'same-region'] },
  {
    id: 'tls',
    label: 'TLS and hostname (certificate, SNI, access mode)',
    prerequisites: ['domain-status', 'access-mode', 'api-private', 'execute-api-endpoint'],
  },
  { id: 'endpoint-policy', label: 'VPC endpoint policy', prerequisites: ['endpoint-policy'] },
  {
    id: 'access-association',
    label: 'Access association (share accepted or grant, association active)',
    prerequisites: ['access-association', 'same-name-domain'],
  },
  { id: 'domain-policy', label: 'Domain policy', prerequisites: ['domain-policy'] },
  { id: 'base-path-mapping', label: 'Base path mapping', prerequisites: ['base-path-mapping'] },
  {
    id: 'stage-deployed',
    label: 'Stage deployed with the latest changes',
    prerequisites: ['stage-deployed', 'mapped-api-stage', 'changes-deployed'],
  },
  { id: 'api-policy', label: 'API resource policy', prerequisites: ['api-policy', 'mapped-api-policy'] },
  { id: 'method-authorization', label: 'Method authorization', prerequisites: ['iam-identity'] },
];

export type LinkStatus = 'ok' | 'broken' | 'unknown' | 'not-involved';

export interface LinkResult {
  id: LinkId;
  label: string;
  status: LinkStatus;
  prerequisites: Prerequisite[];
}

export interface Finding {
  link: LinkResult;
  prerequisite: Prerequisite;
  /** What AWS answers the client while this is so. */
  answer: string;
  fix: string;
  /** When another account owns what must change: a message to send it. */
  messageForOwner?: string;
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
}

export type Symptom = { kind: 'status'; status: number; message?: string } | { kind: 'timeout' | 'tls' };

function statusOf(prereqs: Prerequisite[]): LinkStatus {
  if (prereqs.length === 0) return 'not-involved';
  if (prereqs.some((p) => p.status === 'not-met')) return 'broken';
  return prereqs.some((p) => p.status === 'unknown') ? 'unknown' : 'ok';
}

function finding(link: LinkResult, wanted: 'not-met' | 'unknown'): Finding | undefined {
  const p = link.prerequisites.find((x) => x.status === wanted);
  if (!p) return undefined;
  const fix = p.fix ?? p.reason;
  return {
    link,
    prerequisite: p,
    answer: p.symptom ?? 'Not documented by AWS.',
    fix,
    ...(p.askProvider ? { messageForOwner: ownerMessage(p, link) } : {}),
  };
}

function ownerMessage(p: Prerequisite, link: LinkResult): string {
  return [
    `Hello — a call to our shared private API fails at "${link.label}".`,
    `What we see: ${p.reason}`,
    `Request: ${p.askProvider ?? ''}`,
    `(Fix as AWS needs it: ${p.fix ?? p.reason})`,
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

/** Walks one form's prerequisites link by link in AWS's order and names the first broken one. */
export function diagnoseForm(form: InvokeForm, symptom?: Symptom): Diagnosis {
  const links = LINKS.map((spec): LinkResult => {
    const prerequisites = form.prerequisites.filter((p) => spec.prerequisites.includes(p.id));
    return { id: spec.id, label: spec.label, status: statusOf(prerequisites), prerequisites };
  });
  const base = { form: form.id, formTitle: form.title, url: form.url, links };
  if (form.status === 'not-applicable') return { ...base, notApplicable: form.notApplicableReason };
  const broken = links.map((l) => finding(l, 'not-met')).find((f) => f !== undefined);
  const unknown = broken ? undefined : links.map((l) => finding(l, 'unknown')).find((f) => f !== undefined);
  const note = symptomNote(symptom, broken ?? unknown);
  return {
    ...base,
    ...(broken ? { broken } : {}),
    ...(unknown ? { unknown } : {}),
    ...(note ? { symptomNote: note } : {}),
  };
}
