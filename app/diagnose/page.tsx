import { DiagnosisView } from '@/components/diagnose/diagnosis-view';
import { LiveCall } from '@/components/invoke/live-call';
import { getSession } from '@/lib/aws/session';
import { consoleTarget } from '@/lib/config/target';
import { readDiagnoseParams } from '@/lib/diagnose/question';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { loadDiagnosis } from '@/lib/services/diagnose/diagnosis';

/** /diagnose: the /invoke question (a link is the question) plus the symptom; answers which link is broken. */
export default async function DiagnoseRoute({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const link = readLink(rawFromSearchParams(params));
  const view = await loadDiagnosis(await getSession(), link, readDiagnoseParams(params));
  const { diagnosis } = view;
  // Against the emulator the verdict can be checked with a real call through its data plane.
  const liveCall =
    consoleTarget() === 'emulator' && diagnosis.ok && !diagnosis.data.notApplicable ? (
      <LiveCall invokeHref={view.invokeHref} formId={diagnosis.data.form} label="Confirm with a live call" />
    ) : undefined;
  return (
    <DiagnosisView
      diagnosis={diagnosis}
      invokeHref={view.invokeHref}
      policyFindings={view.policyFindings}
      liveCall={liveCall}
    />
  );
}
