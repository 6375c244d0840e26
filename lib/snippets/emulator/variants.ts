import type { InvokeForm, InvokeRequest } from '../../invoke/types';
import { requestSpecFor, splitUrl } from '../request';
import { snippetsForForm } from '../snippets';
import type { Snippet, SnippetId } from '../types';
import { curlEmulatorSnippet } from './curl';
import { withNodeEmulatorBlock } from './node';
import { withPythonEmulatorBlock } from './python';
import type { DataPlaneRoute, EmulatorVariants, NameResolution } from './types';

/** The snippets that get a variant: the ones whose connection can be redirected without touching the request. */
const VARIANT_OF: ReadonlySet<SnippetId> = new Set(['python-sigv4', 'curl', 'python', 'node']);

export interface DataPlaneFacts {
  port: number;
  caPath: string;
  /** The client's VPC, for the message when the name does not resolve there. */
  vpcId?: string;
  /** How the URL's host name resolves from that VPC. */
  resolution: NameResolution;
}

/** Why the emulator says the name does not resolve, in words for the operator. */
function unresolvableReason(facts: DataPlaneFacts): string {
  const where = facts.vpcId ? `from ${facts.vpcId}` : 'from this client';
  const why = facts.resolution.reason ? ` ${facts.resolution.reason}` : '';
  return `${facts.resolution.name} does not resolve ${where}, so a copied snippet would fail before connecting.${why} No emulator variant is offered: forcing the address would hide this DNS problem. Fix DNS first (see Prerequisites).`;
}

function variant(snippet: Snippet, form: InvokeForm, request: InvokeRequest, route: DataPlaneRoute): Snippet {
  const label = `${snippet.label} — emulator`;
  const urlPort = splitUrl(form.url).port;
  if (snippet.id === 'curl')
    return { ...snippet, label, code: curlEmulatorSnippet(requestSpecFor(form, request), route) };
  if (snippet.id === 'node') return { ...snippet, label, code: withNodeEmulatorBlock(snippet.code, route) };
  return { ...snippet, label, code: withPythonEmulatorBlock(snippet.code, route, urlPort) };
}

/**
 * "Run against the emulator" variants of a form's snippets: the same request (URL, headers, body, signature),
 * connected to the data plane address the URL's name resolves to in the client's VPC, trusting the emulator's CA.
 * When the name does not resolve there, no variant: the reason instead. Throws `SnippetInputError` like
 * `snippetsForForm`.
 */
export function emulatorVariantsForForm(
  form: InvokeForm,
  request: InvokeRequest,
  facts: DataPlaneFacts,
): EmulatorVariants {
  const name = new URL(form.url).hostname;
  const address = facts.resolution.addresses.at(0);
  if (address === undefined) {
    return {
      kind: 'unresolvable',
      name,
      ...(facts.vpcId ? { vpcId: facts.vpcId } : {}),
      reason: unresolvableReason(facts),
    };
  }
  const route: DataPlaneRoute = { name, address, port: facts.port, caPath: facts.caPath };
  const snippets = snippetsForForm(form, request)
    .filter((s) => VARIANT_OF.has(s.id))
    .map((s) => variant(s, form, request, route));
  return { kind: 'variants', route, snippets };
}
