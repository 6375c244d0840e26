/**
 * The answer the invoke page renders: the engine's forms plus what the UI adds around them (where the method's
 * authorization type came from, the DNS records a custom-domain client must create, the snippets). Plain data,
 * so a server component can hand it to the client panel.
 */
import { computeInvokeForms } from '@/lib/invoke/engine';
import { classifyDnsEntries, consumerAliasRecords, type AliasRecordSpec } from '@/lib/invoke/dns';
import type {
  AuthorizationType,
  ClientSituation,
  FormId,
  InvokeInput,
  InvokeResult,
  MethodAuthorization,
  VpcEndpointInfo,
} from '@/lib/invoke/types';
import { snippetsForForm, SnippetInputError, type Snippet } from '@/lib/snippets';
import type { MethodMatch } from './method-match';
import type { InvokeSelection } from './selection';

export type AuthorizationSource =
  /** The operator said so in the selection. */
  | { type: AuthorizationType; source: 'operator'; authorization: MethodAuthorization }
  /** Read from the API's method that the request reaches (and its authorizer). */
  | {
      type: AuthorizationType;
      source: 'method';
      method: MethodMatch;
      apiId: string;
      authorization: MethodAuthorization;
    }
  /** The API is readable but no method matches the request. */
  | { type: 'NONE'; source: 'no-method'; apiId: string }
  /** The API is not readable from this account (a consumer calling a shared domain): authorization is unknown. */
  | { type: 'NONE'; source: 'unknown' };

export interface InvokeAnswer {
  result: InvokeResult;
  authorization: AuthorizationSource;
  /** For B1: the alias record(s) in the client VPC's private hosted zone; empty when the endpoint has no regional name. */
  aliasRecords: AliasRecordSpec[];
  /** Snippets per usable form (forms a client of this kind cannot use at all get none). */
  snippets: Partial<Record<FormId, Snippet[]>>;
  /** Request values no snippet can carry, by field (the selection schema rejects most of them first). */
  snippetErrors: Partial<Record<string, string>>;
}

export interface LoadedAnswer {
  answer: InvokeAnswer;
  /** VPC of the chosen endpoint (where DNS records go). */
  vpcId?: string;
}

/** What GET /invoke/answer returns: the answer and the selection it answers (defaults filled in). */
export type InvokeTabData = LoadedAnswer & { selection: InvokeSelection };

function aliasRecordsFor(input: InvokeInput, endpoint: VpcEndpointInfo | undefined): AliasRecordSpec[] {
  if (input.target.kind !== 'private-domain' || !endpoint || !classifyDnsEntries(endpoint.dnsEntries).regional)
    return [];
  return consumerAliasRecords(input.target.domain.domainName, endpoint);
}

export function buildAnswer(
  input: InvokeInput,
  situation: ClientSituation,
  endpoint: VpcEndpointInfo | undefined,
  authorization: AuthorizationSource,
): InvokeAnswer {
  const result = computeInvokeForms(input, situation);
  const snippets: InvokeAnswer['snippets'] = {};
  const snippetErrors: InvokeAnswer['snippetErrors'] = {};
  for (const form of result.forms) {
    if (form.status === 'not-applicable') continue;
    try {
      snippets[form.id] = snippetsForForm(form, input.request);
    } catch (error) {
      if (!(error instanceof SnippetInputError)) throw error;
      snippetErrors[error.field] = error.message;
    }
  }
  return { result, authorization, aliasRecords: aliasRecordsFor(input, endpoint), snippets, snippetErrors };
}
