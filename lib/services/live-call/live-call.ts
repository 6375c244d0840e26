import 'server-only';
import type { Session } from '@/lib/aws/session';
import { consoleTarget } from '@/lib/config/target';
import { ActionFailure } from '@/lib/errors';
import type { InvokeLink } from '@/lib/invoke-ui/link';
import { toInvokeRequest } from '@/lib/invoke-ui/engine-input';
import type { FormId, InvokeForm, InvokeRequest } from '@/lib/invoke/types';
import { formWarnings, requestSpecFor } from '@/lib/snippets';
import {
  describePrediction,
  emulatorVariantsForForm,
  linkAgrees,
  predictionFor,
  statusAgrees,
  type EmulatorVariants,
  type EmulatorVariantsView,
  type LiveCallResult,
  type LiveOutcome,
} from '@/lib/snippets/emulator';
import { loadInvokeView } from '@/lib/services/invoke/answer';
import { readDataPlane, resolveFromVpc } from './data-plane';
import { sendThroughDataPlane } from './send';

interface Prepared {
  form: InvokeForm;
  request: InvokeRequest;
  variants: EmulatorVariants;
}

/** The console's answer for the link, then the data plane's view of the form's host name from the client's VPC. */
async function prepare(session: Session, link: InvokeLink, formId: FormId): Promise<Prepared> {
  const view = await loadInvokeView(session, link);
  if (!view.answer.ok) throw new ActionFailure(view.answer.error);
  const form = view.answer.data.answer.result.forms.find((f) => f.id === formId);
  if (!form || form.status === 'not-applicable')
    throw new ActionFailure({
      kind: 'invalid-input',
      title: `${formId} is not for this client`,
      message: form?.notApplicableReason ?? `${formId} is not one of the forms for this target.`,
    });
  const vpcId = view.answer.data.vpcId;
  const [plane, resolution] = await Promise.all([readDataPlane(), resolveFromVpc(new URL(form.url).hostname, vpcId)]);
  const endpoint = plane.endpoints.find((e) => e.address === resolution.addresses.at(0));
  // Otherwise the call would reach whatever else listens there (another emulator's data plane).
  if (endpoint?.listening === false)
    throw new ActionFailure({
      kind: 'unavailable',
      title: 'The emulator does not serve this endpoint',
      message: `The emulator could not listen on ${endpoint.address}:${plane.port} for ${endpoint.vpcEndpointId} (see its start-up warnings; another emulator may hold the port). Stop the other one, or start this one with EMULATOR_DATAPLANE_PORT=0.`,
    });
  const request = toInvokeRequest(view.selection);
  const facts = { port: plane.port, caPath: plane.caPath, resolution, ...(vpcId ? { vpcId } : {}) };
  return { form, request, variants: emulatorVariantsForForm(form, request, facts) };
}

/**
 * The "Run against the emulator" variants of one form of an /invoke answer and the console's prediction for them
 * (the unsigned snippets' prediction; for AWS_IAM the SigV4 variant is expected to pass where the form is ready).
 */
export async function loadEmulatorVariants(
  session: Session,
  link: InvokeLink,
  formId: FormId,
): Promise<EmulatorVariantsView> {
  if (consoleTarget() !== 'emulator') return { target: 'aws' };
  const { form, variants } = await prepare(session, link, formId);
  const prediction = predictionFor(form, 'curl');
  return {
    target: 'emulator',
    form: formId,
    variants,
    formWarnings: formWarnings(form),
    prediction,
    predictionText: describePrediction(prediction),
  };
}

function agrees(result: LiveOutcome, prediction: ReturnType<typeof predictionFor>): boolean {
  if (result.kind === 'response')
    return statusAgrees(prediction, result.status) && linkAgrees(prediction, result.emulatorLink);
  return prediction.kind === 'no-connection';
}

/**
 * The live call: the request of the form's curl / Python / Node snippet (unsigned, as they are), sent from the
 * console's server through the data plane the way the emulator variants connect, next to the console's prediction.
 * Nothing is sent when the name does not resolve from the client's VPC.
 */
export async function callThroughDataPlane(
  session: Session,
  link: InvokeLink,
  formId: FormId,
): Promise<LiveCallResult> {
  if (consoleTarget() !== 'emulator')
    throw new ActionFailure({
      kind: 'invalid-input',
      title: 'Live calls need the emulator',
      message: 'The console calls APIs itself only against the local emulator (CONSOLE_TARGET=emulator).',
    });
  const { form, request, variants } = await prepare(session, link, formId);
  const spec = requestSpecFor(form, request);
  const prediction = predictionFor(form, 'curl');
  const outcome: LiveOutcome =
    variants.kind === 'unresolvable'
      ? { kind: 'unresolvable', reason: variants.reason }
      : await sendThroughDataPlane(spec, variants.route);
  return {
    form: formId,
    method: spec.method,
    url: spec.url,
    ...(variants.kind === 'variants' ? { connectedTo: `${variants.route.address}:${variants.route.port}` } : {}),
    outcome,
    prediction,
    predictionText: describePrediction(prediction),
    agrees: agrees(outcome, prediction),
  };
}
