/** The invoke form's editable state: every field as the text the operator sees, validated by the selection schema. */
import type { RawSelection, InvokeSelection } from './selection';

export interface Draft {
  target: string;
  api: string;
  /** Not a form field: the owner account a link named for another account's API, carried along. */
  apiAccount: string;
  stage: string;
  domain: string;
  domainId: string;
  /** Shown as typed; `(none)` and empty both mean the catch-all mapping. */
  basePath: string;
  vpce: string;
  from: string;
  /** `1` yes, `0` no, empty not known. */
  resolver: string;
  /** In a VPC: `custom` for its own DNS servers, empty for the Amazon-provided resolver. */
  dns: string;
  client: string;
  /** Browser clients: the calling page's origin. */
  origin: string;
  /** Empty: read from the API's method. */
  auth: string;
  /** Chosen authorizer's identity sources (`Authorization, ?tenant`). */
  identity: string;
  /** `1` when an API key is required (with a chosen authorization). */
  apiKey: string;
  method: string;
  path: string;
  query: string;
  body: string;
  /** One `Name: value` per line. */
  headersText: string;
}

export function draftFromSelection(s: InvokeSelection): Draft {
  return {
    target: s.target ?? '',
    api: s.api ?? '',
    apiAccount: s.apiAccount ?? '',
    stage: s.stage ?? '',
    domain: s.domain ?? '',
    domainId: s.domainId ?? '',
    basePath: s.basePath ?? '',
    vpce: s.vpce ?? '',
    from: s.from,
    resolver: s.resolver === undefined ? '' : s.resolver ? '1' : '0',
    dns: s.dns === 'custom' ? 'custom' : '',
    client: s.client,
    origin: s.origin ?? '',
    auth: s.auth ?? '',
    identity: s.identity ?? '',
    apiKey: s.apiKey ? '1' : '',
    method: s.method,
    path: s.path,
    query: s.query,
    body: s.body,
    headersText: s.headers.join('\n'),
  };
}

/** Only the fields of the chosen target kind count, so a leftover API id cannot fail a domain selection. */
export function draftToRaw(d: Draft): RawSelection {
  const raw: RawSelection = {
    target: d.target,
    vpce: d.vpce,
    from: d.from,
    resolver: d.from === 'onprem' || (d.from === 'vpc' && d.dns === 'custom') ? d.resolver : '',
    dns: d.from === 'vpc' ? d.dns : '',
    client: d.client,
    origin: d.client === 'browser' ? d.origin : '',
    auth: d.auth,
    identity: ['cognito', 'token', 'request'].includes(d.auth) ? d.identity : '',
    apiKey: d.auth ? d.apiKey : '',
    method: d.method,
    path: d.path,
    query: d.query,
    body: d.body,
    headers: d.headersText.split('\n'),
  };
  if (d.target === 'api') Object.assign(raw, { api: d.api, apiAccount: d.apiAccount, stage: d.stage });
  if (d.target === 'domain') Object.assign(raw, { domain: d.domain, domainId: d.domainId, basePath: d.basePath });
  return raw;
}

/**
 * The form after the server answered `sent`: the answer's values (with defaults filled in), except fields the
 * operator changed meanwhile, which keep what they typed.
 */
export function mergeEdits(answered: Draft, sent: Draft, current: Draft): Draft {
  const out = { ...answered };
  for (const key of Object.keys(out) as (keyof Draft)[]) {
    if (current[key] !== sent[key]) out[key] = current[key];
  }
  return out;
}

/** The form showing what a link said for the fields it got wrong, so the operator corrects their text, not a default. */
export function withLinkValues(draft: Draft, raw: RawSelection, invalid: string[]): Draft {
  const out = { ...draft };
  for (const field of invalid) {
    if (field === 'headers') out.headersText = (raw.headers ?? []).join('\n');
    else if (field in out && typeof raw[field as keyof RawSelection] === 'string')
      out[field as keyof Draft] = raw[field as keyof RawSelection] as string;
  }
  return out;
}
