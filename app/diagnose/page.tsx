import { DiagnosisView } from '@/components/diagnose/diagnosis-view';
import { getSession } from '@/lib/aws/session';
import { readDiagnoseParams } from '@/lib/diagnose/question';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { loadDiagnosis } from '@/lib/services/diagnose/diagnosis';

/** /diagnose: the /invoke question (a link is the question) plus the symptom; answers which link is broken. */
export default async function DiagnoseRoute({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const link = readLink(rawFromSearchParams(params));
  const view = await loadDiagnosis(await getSession(), link, readDiagnoseParams(params));
  return <DiagnosisView diagnosis={view.diagnosis} invokeHref={view.invokeHref} policyFindings={view.policyFindings} />;
}
