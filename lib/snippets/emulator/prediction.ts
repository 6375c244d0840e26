import { diagnoseForm, type LinkId } from '../../diagnose/walk';
import { SYMPTOMS } from '../../invoke/symptoms';
import type { InvokeForm } from '../../invoke/types';
import type { SnippetId } from '../types';

/**
 * What the console predicts a snippet gets, from the engine's form: 2xx when the form is ready; otherwise the first
 * broken link in AWS's order (lib/diagnose/walk) with the status its symptom names, or no connection at all (DNS,
 * TCP); `unverified` when nothing is broken but something could not be checked from this account.
 */
export type Prediction =
  | { kind: 'success' }
  | { kind: 'refused'; status?: number; linkId: LinkId; link: string; prerequisite: string; symptom: string }
  | { kind: 'no-connection'; linkId: LinkId; link: string; prerequisite: string; symptom: string }
  | { kind: 'unverified'; linkId: LinkId; link: string; prerequisite: string; symptom: string }
  | { kind: 'not-applicable'; reason: string };

const SIGNING_SNIPPETS: ReadonlySet<SnippetId> = new Set(['python-sigv4', 'awscurl']);

/** The HTTP status a symptom names ("HTTP 403 …", "Expect HTTP 403 …"), if it names one. */
export function statusInSymptom(symptom: string): number | undefined {
  const m = /\bHTTP (\d{3})\b/.exec(symptom);
  return m ? Number(m[1]) : undefined;
}

function noConnection(symptom: string): boolean {
  return statusInSymptom(symptom) === undefined && /NXDOMAIN|TCP connect|connection error/i.test(symptom);
}

/** An unsigned request to an AWS_IAM method is refused at method authorization, after every other link. */
function unsignedRefusal(): Prediction {
  return {
    kind: 'refused',
    status: 403,
    linkId: 'method-authorization',
    link: 'Method authorization',
    prerequisite: 'The request is SigV4-signed (AWS_IAM)',
    symptom: SYMPTOMS.notSigned,
  };
}

export function predictionFor(form: InvokeForm, snippet: SnippetId): Prediction {
  if (form.status === 'not-applicable') return { kind: 'not-applicable', reason: form.notApplicableReason ?? '' };
  const diagnosis = diagnoseForm(form);
  const broken = diagnosis.broken;
  if (broken) {
    const common = {
      linkId: broken.link.id,
      link: broken.link.label,
      prerequisite: broken.prerequisite.label,
      symptom: broken.answer,
    };
    if (noConnection(broken.answer)) return { kind: 'no-connection', ...common };
    const status = statusInSymptom(broken.answer);
    return { kind: 'refused', ...(status === undefined ? {} : { status }), ...common };
  }
  if (form.signing && !SIGNING_SNIPPETS.has(snippet)) return unsignedRefusal();
  const unknown = diagnosis.unknown;
  if (unknown) {
    return {
      kind: 'unverified',
      linkId: unknown.link.id,
      link: unknown.link.label,
      prerequisite: unknown.prerequisite.label,
      symptom: unknown.answer,
    };
  }
  return { kind: 'success' };
}

/** Whether an observed HTTP status is what the prediction says (unverified accepts 2xx and the unknown link's status). */
export function statusAgrees(prediction: Prediction, status: number): boolean {
  const ok = status >= 200 && status < 300;
  switch (prediction.kind) {
    case 'success':
      return ok;
    case 'refused':
      return prediction.status === undefined ? !ok : status === prediction.status;
    case 'unverified': {
      const refused = statusInSymptom(prediction.symptom);
      return ok || (refused === undefined ? true : status === refused);
    }
    default:
      return false;
  }
}

/** The prediction in one line, for the page and for test failures. */
export function describePrediction(p: Prediction): string {
  switch (p.kind) {
    case 'success':
      return 'Ready: a 2xx answer from the integration.';
    case 'refused':
      return `${p.status === undefined ? 'Refused (status not documented)' : `HTTP ${p.status}`} at "${p.link}": ${p.symptom}`;
    case 'no-connection':
      return `No connection at "${p.link}": ${p.symptom}`;
    case 'unverified':
      return `2xx if "${p.prerequisite}" holds (the console cannot check it), else ${p.symptom.replace(/^Expect /, '')}`;
    case 'not-applicable':
      return `Not usable by this client: ${p.reason}`;
  }
}

/**
 * Whether the link the emulator names as refusing (its `x-emulator-rule` header) is the one the prediction names.
 * Only a refusal is compared: an unverified prediction says the refusing link is not known from this account.
 */
export function linkAgrees(prediction: Prediction, emulatorLink: LinkId | undefined): boolean {
  if (emulatorLink === undefined || prediction.kind !== 'refused') return true;
  return prediction.linkId === emulatorLink;
}
