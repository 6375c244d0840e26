import type { FormId } from '@/lib/invoke/types';
import type { SearchParamsRecord } from '@/lib/invoke-ui/selection';
import type { Symptom } from './walk';

const FORM_IDS: readonly FormId[] = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'];

/** The /diagnose parameters beyond the /invoke selection: the symptom the client sees and the form it uses. */
export interface DiagnoseParams {
  symptom?: Symptom;
  form?: FormId;
  /** The account that owns the endpoint (the client), when it is not the context in use (`endpointAccount=`). */
  clientAccount?: string;
  /** Whether the client signs its requests (SigV4), when the operator says (`signed=yes|no`). */
  signed?: boolean;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export function readDiagnoseParams(params: SearchParamsRecord): DiagnoseParams {
  const out: DiagnoseParams = {};
  const kind = first(params.symptom);
  const status = Number(first(params.status));
  const message = first(params.message)?.slice(0, 500);
  if (kind === 'timeout' || kind === 'tls') out.symptom = { kind };
  else if (Number.isInteger(status) && status >= 100 && status <= 599)
    out.symptom = message ? { kind: 'status', status, message } : { kind: 'status', status };
  const form = first(params.form);
  const known = FORM_IDS.find((id) => id === form);
  if (known) out.form = known;
  const endpointAccount = first(params.endpointAccount);
  if (endpointAccount && /^\d{12}$/.test(endpointAccount)) out.clientAccount = endpointAccount;
  const signed = first(params.signed);
  if (signed === 'yes' || signed === 'no') out.signed = signed === 'yes';
  return out;
}

/**
 * The /diagnose link for an /invoke link: the same question, plus the form the client uses and, when the
 * endpoint belongs to another account than the context in use, that account.
 */
export function diagnoseHref(invokeHref: string, form?: FormId, clientAccount?: string): string {
  const query = invokeHref.replace(/^\/invoke\??/, '');
  const params = new URLSearchParams(query);
  if (form) params.set('form', form);
  if (clientAccount) params.set('endpointAccount', clientAccount);
  return `/diagnose?${params.toString()}`;
}

/** The diagnosis of a call through an owned domain from an associated endpoint (the provider's association list). */
export function associationDiagnoseHref(
  domain: { domainName: string; domainNameId: string },
  association: { vpceId: string; accountId?: string; own: boolean },
): string {
  const params = new URLSearchParams({
    target: 'domain',
    domain: domain.domainName,
    domainId: domain.domainNameId,
    vpce: association.vpceId,
    form: 'B1',
  });
  if (!association.own && association.accountId) params.set('endpointAccount', association.accountId);
  return `/diagnose?${params.toString()}`;
}
