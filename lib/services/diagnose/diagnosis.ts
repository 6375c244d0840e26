import 'server-only';
import type { Session } from '@/lib/aws/session';
import { policyFindings, type PolicyFindings } from '@/lib/diagnose/policy-findings';
import type { DiagnoseParams } from '@/lib/diagnose/question';
import { diagnoseForm, formToDiagnose, type Diagnosis } from '@/lib/diagnose/walk';
import type { InvokeLink } from '@/lib/invoke-ui/link';
import { invokeHref } from '@/lib/invoke-ui/selection';
import type { Section } from '@/lib/result';
import { loadInvokeView } from '@/lib/services/invoke/answer';
import { readInvokeInput } from '@/lib/services/invoke/read-input';

export interface DiagnoseView {
  /** The /invoke page for the same question. */
  invokeHref: string;
  diagnosis: Section<Diagnosis>;
  /** Lint findings on the readable policies of the call's path. */
  policyFindings: PolicyFindings[];
}

/**
 * Answers "why does this call fail?" for an /invoke link: the invoke service reads everything the engine needs
 * in the session's account, then the walk names the first broken link in AWS's order.
 */
export async function loadDiagnosis(session: Session, link: InvokeLink, params: DiagnoseParams): Promise<DiagnoseView> {
  const view = await loadInvokeView(session, link);
  const hrefs = { invokeHref: invokeHref(view.selection), policyFindings: [] };
  if (!view.answer.ok) return { ...hrefs, diagnosis: view.answer };
  const form = formToDiagnose(view.answer.data.answer.result, params.form);
  if (!form)
    return {
      ...hrefs,
      diagnosis: {
        ok: false,
        error: {
          kind: 'invalid-input',
          title: 'Nothing to diagnose',
          message: 'No invoke form applies to this client situation.',
        },
      },
    };
  // The same reads again (cached per context) for the raw policies the answer does not carry.
  const { input } = await readInvokeInput(session, view.selection);
  return {
    ...hrefs,
    policyFindings: policyFindings(input),
    diagnosis: { ok: true, data: diagnoseForm(form, params.symptom) },
  };
}
