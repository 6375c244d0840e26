import type { FormId } from '@/lib/invoke/types';
import type { SearchParamsRecord } from '@/lib/invoke-ui/selection';
import type { Symptom } from './walk';

const FORM_IDS: readonly FormId[] = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'];

/** The /diagnose parameters beyond the /invoke selection: the symptom the client sees and the form it uses. */
export interface DiagnoseParams {
  symptom?: Symptom;
  form?: FormId;
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
  return out;
}

/** The /diagnose link for an /invoke link: the same question, plus the form the client uses. */
export function diagnoseHref(invokeHref: string, form?: FormId): string {
  const query = invokeHref.replace(/^\/invoke\??/, '');
  const params = new URLSearchParams(query);
  if (form) params.set('form', form);
  return `/diagnose?${params.toString()}`;
}
