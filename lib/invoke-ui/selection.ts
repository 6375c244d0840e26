/**
 * What the operator asked the invoke page: the target (API + stage, or private domain + base path), the client's
 * situation and the request. The URL's search parameters are the only place this lives, so a link reproduces
 * the answer; this module validates them (server and form share the schema) and writes them back canonically.
 */
import { z } from 'zod';
import { basePathProblem, normalizeBasePath } from '@/lib/domains/base-path';
import { domainNameProblem, normalizeDomainName } from '@/lib/domains/domain-name';
import { vpceIdProblem } from '@/lib/domains/endpoint-ids';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
const BODYLESS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Location = 'vpc' | 'onprem' | 'internet';
export type ClientKind = 'server' | 'browser';
export const AUTH_CHOICES = ['none', 'iam', 'cognito', 'token', 'request'] as const;
export type AuthChoice = (typeof AUTH_CHOICES)[number];
export type DnsResolver = 'amazon' | 'custom';

export interface InvokeSelection {
  target?: 'api' | 'domain';
  api?: string;
  /**
   * The account that owns `api` when it is another account's (a consumer calling the provider's API by id): lets the
   * answer say what to ask the owner when no context of that account can read the API.
   */
  apiAccount?: string;
  stage?: string;
  domain?: string;
  domainId?: string;
  /** Normalized: `(none)` is the catch-all mapping. */
  basePath?: string;
  vpce?: string;
  from: Location;
  /**
   * On premises, or in a VPC with its own DNS servers: a Route 53 Resolver inbound endpoint and forwarding rules
   * exist for the names used; absent = not known.
   */
  resolver?: boolean;
  /** In a VPC: `custom` when DHCP options point clients at the operator's own DNS servers. */
  dns?: DnsResolver;
  client: ClientKind;
  /** Browser clients: the calling page's origin (`https://app.example.com`). */
  origin?: string;
  /** Absent: the console reads the method's authorization when it can. */
  auth?: AuthChoice;
  /**
   * With a chosen Cognito / Lambda authorizer: where it reads its identity, comma-separated header names, `?name`
   * for a query parameter (Lambda REQUEST). Absent: `Authorization`.
   */
  identity?: string;
  /** The method requires an API key (chosen; read from the method otherwise). */
  apiKey?: boolean;
  method: HttpMethod;
  /** Literal path after the stage / base path, starting with `/`. */
  path: string;
  /** Query string as typed, without the leading `?`. */
  query: string;
  body: string;
  /** `Name: value` lines. */
  headers: string[];
}

/** Field names as they appear in the URL and the form. */
export type SelectionField = keyof InvokeSelection;

const REST_API_ID = /^[a-z0-9]{10}$/;
const ACCOUNT_ID = /^\d{12}$/;
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
const DOMAIN_NAME_ID = /^[a-z0-9]{1,64}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** The forms set these themselves; an operator copy would contradict the form (docs/aws/url-forms.md#calling-a-private-rest-api, docs/aws/gotchas.md item 23). */
const FORM_HEADERS = new Set(['host', 'x-apigw-api-id']);
export const MAX_BODY_LENGTH = 4000;
export const MAX_PATH_LENGTH = 2048;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

function oneOf<const T extends readonly string[]>(values: T, field: string, fallback?: T[number]) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const hit = values.find((x) => x.toLowerCase() === v.toLowerCase());
      if (!hit) ctx.addIssue({ code: 'custom', message: `${field} must be one of ${values.join(', ')} (got "${v}").` });
      return hit ?? fallback;
    });
}

export function headerProblem(line: string): string | undefined {
  const i = line.indexOf(':');
  if (i <= 0) return `"${line}" is not a header: write it as Name: value.`;
  const name = line.slice(0, i).trim();
  if (!HEADER_NAME.test(name)) return `"${name}" is not a valid header name (letters, digits and -).`;
  if (FORM_HEADERS.has(name.toLowerCase()))
    return `${name} is set by the invoke form itself; remove it from the headers.`;
  if (/[\r\n\0]/.test(line)) return `The value of ${name} contains a line break; put each header on its own line.`;
  return undefined;
}

const IDENTITY_SOURCE = /^\??[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** An origin is scheme, host and optional port: `https://app.example.com`. */
export function originProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not an origin; write it as https://app.example.com.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'the origin starts with https:// or http://.';
  if (url.pathname !== '/' || url.search || url.hash || text.replace(/\/$/, '').toLowerCase() !== url.origin)
    return `only scheme, host and port: ${url.origin}.`;
  return undefined;
}

export function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'The path starts with / (e.g. /items/42).';
  if (path.includes('?') || path.includes('#')) return 'Put the query string in the Query field, not in the path.';
  if (path.length > MAX_PATH_LENGTH) return `The path has at most ${MAX_PATH_LENGTH} characters.`;
  return undefined;
}

/** Raw search parameters (or form state) → selection. Each issue's path names the offending field. */
export const selectionSchema = z
  .object({
    target: oneOf(['api', 'domain'] as const, 'Target'),
    api: optionalText.refine(
      (v) => v === undefined || REST_API_ID.test(v),
      'REST API id: 10 lowercase letters or digits, e.g. k7x2m9p4qa.',
    ),
    apiAccount: optionalText.refine(
      (v) => v === undefined || ACCOUNT_ID.test(v),
      'API owner account: 12 digits, e.g. 111111111111.',
    ),
    stage: optionalText.refine((v) => v === undefined || STAGE_NAME.test(v), 'Stage: letters, digits, - and _ only.'),
    domain: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      const problem = domainNameProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: `Domain name: ${problem}` });
      return normalizeDomainName(v);
    }),
    domainId: optionalText.refine(
      (v) => v === undefined || DOMAIN_NAME_ID.test(v),
      'Domain name id: the lowercase letters and digits after "+" in the domain ARN, e.g. k3x9q2ab.',
    ),
    basePath: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const problem = basePathProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: `Base path: ${problem}` });
        return normalizeBasePath(v);
      }),
    vpce: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      const problem = vpceIdProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: `VPC endpoint: ${problem}` });
      return v.toLowerCase();
    }),
    from: oneOf(['vpc', 'onprem', 'internet'] as const, 'Client location', 'vpc'),
    resolver: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      if (v === '1' || v === 'true') return true;
      if (v === '0' || v === 'false') return false;
      ctx.addIssue({ code: 'custom', message: `Resolver forwarding must be 1 (yes) or 0 (no) (got "${v}").` });
      return undefined;
    }),
    dns: oneOf(['amazon', 'custom'] as const, 'VPC DNS resolver'),
    client: oneOf(['server', 'browser'] as const, 'Client', 'server'),
    origin: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      const problem = originProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: `Page origin: ${problem}` });
      return problem ? undefined : new URL(v).origin;
    }),
    auth: oneOf(AUTH_CHOICES, 'Authorization'),
    identity: optionalText.refine(
      (v) => v === undefined || v.split(',').every((part) => IDENTITY_SOURCE.test(part.trim())),
      'Identity sources: header names, or ?name for a query parameter, separated by commas (e.g. Authorization, ?tenant).',
    ),
    apiKey: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      if (v === '1' || v === 'true') return true;
      if (v === '0' || v === 'false') return false;
      ctx.addIssue({ code: 'custom', message: `API key must be 1 (required) or 0 (got "${v}").` });
      return undefined;
    }),
    method: oneOf(HTTP_METHODS, 'Method', 'GET'),
    path: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const path = v === undefined || v.trim() === '' ? '/' : v.trim();
        const problem = pathProblem(path);
        if (problem) ctx.addIssue({ code: 'custom', message: `Path: ${problem}` });
        return path;
      }),
    query: z
      .string()
      .optional()
      .transform((v) => (v ?? '').trim().replace(/^\?/, '')),
    body: z
      .string()
      .optional()
      .transform((v) => v ?? '')
      .refine(
        (v) => v.length <= MAX_BODY_LENGTH,
        `Body: at most ${MAX_BODY_LENGTH} characters, so the link stays shareable.`,
      ),
    headers: z
      .array(z.string())
      .optional()
      .transform((lines, ctx) => {
        const kept = (lines ?? []).map((l) => l.trim()).filter((l) => l !== '');
        for (const line of kept) {
          const problem = headerProblem(line);
          if (problem) ctx.addIssue({ code: 'custom', message: `Headers: ${problem}` });
        }
        return kept;
      }),
  })
  .superRefine((s, ctx) => {
    if (s.body !== '' && s.method && BODYLESS.has(s.method)) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `Body: ${s.method} requests carry no body; choose POST, PUT or PATCH, or clear the body.`,
      });
    }
    if (s.target === 'domain' && s.domainId && !s.domain) {
      ctx.addIssue({
        code: 'custom',
        path: ['domain'],
        message: 'Domain name: give the name together with its id; the id alone does not identify a domain.',
      });
    }
  });

export type RawSelection = z.input<typeof selectionSchema>;

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const SINGLE_FIELDS = [
  'target',
  'api',
  'apiAccount',
  'stage',
  'domain',
  'domainId',
  'basePath',
  'vpce',
  'from',
  'resolver',
  'dns',
  'client',
  'origin',
  'auth',
  'identity',
  'apiKey',
  'method',
  'path',
  'query',
  'body',
] as const;

/** Next.js `searchParams` → raw input: a repeated single-valued parameter keeps its first value. */
export function rawFromSearchParams(params: SearchParamsRecord): RawSelection {
  const raw: RawSelection = {};
  for (const key of SINGLE_FIELDS) {
    const v = params[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) raw[key] = first;
  }
  const h = params.header;
  if (h !== undefined) raw.headers = Array.isArray(h) ? h : [h];
  return raw;
}

export type FieldErrors = Partial<Record<SelectionField | '_form', string>>;

export type ParsedSelection = { ok: true; selection: InvokeSelection } | { ok: false; errors: FieldErrors };

export function parseSelection(raw: RawSelection): ParsedSelection {
  const parsed = selectionSchema.safeParse(raw);
  if (parsed.success) return { ok: true, selection: parsed.data as InvokeSelection };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = (issue.path[0] as SelectionField | undefined) ?? '_form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Canonical search string (no leading `?`): fixed order, no empty values, so equal selections give equal links. */
export function selectionToSearch(s: InvokeSelection): string {
  const out = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.append(key, value);
  };
  put('target', s.target);
  if (s.target === 'api') {
    put('api', s.api);
    put('apiAccount', s.apiAccount);
    put('stage', s.stage);
  } else if (s.target === 'domain') {
    put('domain', s.domain);
    put('domainId', s.domainId);
    put('basePath', s.basePath);
  }
  put('vpce', s.vpce);
  put('from', s.from);
  if (s.from === 'vpc') put('dns', s.dns);
  const forwarding = s.from === 'onprem' || (s.from === 'vpc' && s.dns === 'custom');
  if (forwarding && s.resolver !== undefined) put('resolver', s.resolver ? '1' : '0');
  put('client', s.client);
  if (s.client === 'browser') put('origin', s.origin);
  put('auth', s.auth);
  if (s.auth === 'cognito' || s.auth === 'token' || s.auth === 'request') put('identity', s.identity);
  if (s.apiKey !== undefined) put('apiKey', s.apiKey ? '1' : '0');
  put('method', s.method);
  put('path', s.path);
  put('query', s.query);
  put('body', s.body);
  for (const h of s.headers) put('header', h);
  return out.toString();
}

export function invokeHref(s: InvokeSelection): string {
  return `/invoke?${selectionToSearch(s)}`;
}

export const DEFAULT_SELECTION: InvokeSelection = {
  from: 'vpc',
  client: 'server',
  method: 'GET',
  path: '/',
  query: '',
  body: '',
  headers: [],
};
