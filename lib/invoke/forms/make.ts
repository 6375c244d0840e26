import { DNS_PREREQUISITES, EXPLANATIONS, FORM_TITLES, TLS_NOTES } from '../explanations';
import type { FormId, FormStatus, HeaderSpec, InvokeForm, Prerequisite, SigningInfo, ZonalAlternative } from '../types';
import type { ClientNeeds } from './client-needs';

export interface FormParts {
  id: FormId;
  url: string;
  host: string;
  headers?: HeaderSpec[];
  vpceId?: string;
  prerequisites: (Prerequisite | undefined)[];
  notApplicableReason?: string;
  signingRegion?: string;
  notes?: string[];
  /** Credentials and CORS for this client (appended after the form's own prerequisites). */
  needs?: ClientNeeds;
  zonalAlternatives?: ZonalAlternative[];
}

export function statusOf(prerequisites: Prerequisite[], notApplicable: boolean): FormStatus {
  if (notApplicable) return 'not-applicable';
  if (prerequisites.some((p) => p.status === 'not-met')) return 'blocked';
  if (prerequisites.some((p) => p.status === 'unknown')) return 'unverified';
  return 'ready';
}

export function makeForm(p: FormParts): InvokeForm {
  const prerequisites = [...p.prerequisites, ...(p.needs?.prerequisites ?? [])].filter(
    (x): x is Prerequisite => x !== undefined,
  );
  const signing: SigningInfo | undefined = p.signingRegion
    ? {
        service: 'execute-api',
        region: p.signingRegion,
        signedHost: p.host,
        note: 'AWS_IAM method: sign with SigV4 for service execute-api; the signature covers the URL host, so never override Host.',
      }
    : undefined;
  const form: InvokeForm = {
    id: p.id,
    title: FORM_TITLES[p.id],
    status: statusOf(prerequisites, p.notApplicableReason !== undefined),
    url: p.url,
    headers: p.headers ?? [],
    sni: p.host,
    tlsNote: TLS_NOTES[p.id],
    dnsPrerequisite: DNS_PREREQUISITES[p.id],
    prerequisites,
    explanation: EXPLANATIONS[p.id],
    notes: [...(p.notes ?? []), ...(p.needs?.notes ?? [])],
  };
  if (p.needs?.credentialHeaders.length) form.credentialHeaders = p.needs.credentialHeaders;
  if (p.needs?.cors) form.cors = p.needs.cors;
  if (p.zonalAlternatives?.length) form.zonalAlternatives = p.zonalAlternatives;
  if (p.notApplicableReason) form.notApplicableReason = p.notApplicableReason;
  if (p.vpceId) form.vpceId = p.vpceId;
  if (signing) form.signing = signing;
  return form;
}

/** Placeholder host when no endpoint name is known; the form is blocked by `vpce-available` then. */
export const UNKNOWN_VPCE_HOST = 'vpce-unknown.execute-api.invalid';
