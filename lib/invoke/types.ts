/**
 * Plain-data input and output of the invoke-URL engine. The console maps SDK output onto these shapes
 * (lib/aws/…); nothing here depends on the SDK. Optional fields mean "the console could not read this" —
 * the engine then reports the affected prerequisites as `unknown` instead of guessing.
 */
import type { StageExport } from '../model/stage-export';

export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';
/** `Authorizer.type`: Lambda TOKEN / REQUEST authorizers and Cognito user pool authorizers. */
export type AuthorizerType = 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';

export interface AuthorizerInfo {
  type: AuthorizerType;
  name?: string;
  /**
   * `identitySource` as API Gateway stores it: comma-separated mapping expressions
   * (`method.request.header.Authorization, method.request.querystring.token`); may be empty for REQUEST without caching.
   */
  identitySource?: string;
}

/**
 * How the called method authorizes, when the console knows it: read from the method (GetMethod / GetAuthorizer)
 * or chosen by the operator. `{ known: false }` = the caller cannot read the method (a consumer) and chose nothing:
 * authorization is then an unknown prerequisite, never a silent NONE.
 */
export type MethodAuthorization =
  | { known: false }
  | {
      known: true;
      source: 'method' | 'chosen';
      authorizationType: AuthorizationType;
      /** For CUSTOM and COGNITO_USER_POOLS. */
      authorizer?: AuthorizerInfo;
      apiKeyRequired: boolean;
    };

/** CORS-relevant header values as the API would send them (static mapping values, quotes removed). */
export interface CorsHeaders {
  allowOrigin?: string;
  allowMethods?: string;
  allowHeaders?: string;
}

/**
 * What the console could read about the API's CORS answers for the request's resource. Each member `undefined` =
 * not readable (consumer, or not read): the related browser prerequisites are then `unknown`.
 */
export interface CorsInfo {
  /** The API resource the request reaches (`/orders/{orderId}`), for messages; the request path otherwise. */
  resourcePath?: string;
  /**
   * The resource's OPTIONS method: `null` = none. `headers` are the integration response's static values; absent
   * when a proxy integration lets the backend answer (not readable). `authorizationType`/`apiKeyRequired`: a
   * preflight carries no credentials, so either makes it fail.
   */
  preflight?: { headers?: CorsHeaders; authorizationType: string; apiKeyRequired: boolean } | null;
  /** Access-Control-Allow-Origin on the method's own response; `'backend'` when a proxy integration passes it through. */
  actual?: { allowOrigin?: string } | 'backend';
  /** Access-Control-Allow-Origin of the DEFAULT_4XX and DEFAULT_5XX gateway responses (absent = not set). */
  gatewayResponses?: { default4xx?: string; default5xx?: string };
}
export type EndpointAccessMode = 'STRICT' | 'BASIC';

export interface StageInfo {
  name: string;
  /** Absent when the stage exists without a deployment (the console shows it as not deployed). */
  deploymentId?: string;
  /**
   * What the stage's deployment serves (its export): the policy and endpoint ids in force until the next
   * deployment, whatever the API holds now. Absent when not read; a member is absent when the export lacks it.
   * The engine judges these instead of the API's current `policy` / `vpcEndpointIds` when present (endpoint ids:
   * when every deployed stage has them, since the alias name serves the whole API).
   */
  deployed?: StageExport;
}

/** A private REST API as the engine needs it: read from its account, or known by id only. */
export type RestApiInfo = ReadRestApiInfo | UnreadableRestApiInfo;

export interface ReadRestApiInfo {
  id: string;
  name?: string;
  accountId: string;
  region: string;
  /** `endpointConfiguration.types`, e.g. `['PRIVATE']`. */
  endpointTypes: string[];
  /** `endpointConfiguration.vpcEndpointIds`: the VPCEs that get a `{api-id}-{vpce-id}` alias. */
  vpcEndpointIds: string[];
  /** Raw `RestApi.policy` as returned (escaped JSON is fine). `null`/`''` = none attached; `undefined` = not readable. */
  policy?: string | null;
  disableExecuteApiEndpoint?: boolean;
  securityPolicy?: string;
  endpointAccessMode?: EndpointAccessMode;
  stages: StageInfo[];
  unreadable?: false;
}

/**
 * Another account's API that none of the operator's contexts can read: only its id, owner and Region are known, so
 * every check of its configuration is unknown, with what to ask its owner.
 */
export interface UnreadableRestApiInfo {
  id: string;
  accountId: string;
  region: string;
  unreadable: true;
}

export interface DnsEntry {
  dnsName: string;
  hostedZoneId: string;
}

/** One `execute-api` interface endpoint from `DescribeVpcEndpoints`. */
export interface VpcEndpointInfo {
  id: string;
  vpcId: string;
  ownerAccountId: string;
  /** Defaults to the input region (the console reads endpoints per region). */
  region?: string;
  privateDnsEnabled: boolean;
  dnsEntries: DnsEntry[];
  /** `ipv4` | `dualstack` | `ipv6` as EC2 returns it. */
  ipAddressType: string;
  /** EC2 returns lowercase (`available`) despite the capitalised model enum; compared case-insensitively. */
  state: string;
  /** `PolicyDocument`; `undefined` when EC2 returned none, which for an interface endpoint is the full-access default. */
  policy?: string;
}

/** `DescribeVpcAttribute` results for the client's VPC. */
export interface VpcDnsAttributes {
  vpcId: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
}

export interface BasePathMappingInfo {
  /** `''` or `(none)` for the catch-all mapping. */
  basePath: string;
  restApiId: string;
  stage?: string;
}

/** The caller's own domain name access associations (`GetDomainNameAccessAssociations?resourceOwner=SELF`). */
export interface AccessAssociationInfo {
  domainNameArn: string;
  /** `accessAssociationSource`: the VPCE id. */
  vpceId: string;
  /** ISO time if the console knows it (the model has no such field; the console may have created it). */
  createdAt?: string;
}

export interface PrivateDomainInfo {
  domainName: string;
  domainNameId: string;
  /** `arn:{p}:apigateway:{region}:{owner}:/domainnames/{name}+{id}` */
  domainNameArn: string;
  ownerAccountId: string;
  region: string;
  /** Raw invoke `policy`; `undefined` when not readable (always, for a consumer account). */
  policy?: string | null;
  /** `undefined` when not readable (consumer). */
  basePathMappings?: BasePathMappingInfo[];
  status?: string;
  /** The ACM certificate the domain serves; `undefined` when not readable (consumer, or no acm:DescribeCertificate). */
  certificate?: DomainCertificateFacts;
  securityPolicy?: string;
  endpointAccessMode?: EndpointAccessMode;
}

/** What decides whether the domain's certificate completes a TLS handshake for its name. */
export interface DomainCertificateFacts {
  arn: string;
  /** ACM status: ISSUED, EXPIRED, REVOKED, INACTIVE, … */
  status: string;
  /** DomainName and SubjectAlternativeNames. */
  names: string[];
  notAfter?: string;
}

/** A Route 53 record visible to the caller, with the zone it lives in. */
export interface DnsRecordInfo {
  name: string;
  type: string;
  zone: { id: string; name: string; privateZone: boolean; vpcIds: string[] };
  aliasTarget?: { dnsName: string; hostedZoneId: string };
  /** Plain record values (A addresses, CNAME target). */
  values?: string[];
}

export interface QueryParam {
  name: string;
  value: string;
}

export interface HeaderSpec {
  name: string;
  value: string;
}

/** The request the operator wants to send. `path` is literal text (not yet percent-encoded). */
export interface InvokeRequest {
  method: string;
  /** For an API: the resource path after the stage (`/pets/1`). For a domain: the path after the base path. */
  path: string;
  query?: QueryParam[];
  /** Operator headers (e.g. `Authorization`, `Content-Type`); never Host or x-apigw-api-id — the form sets those. */
  headers?: HeaderSpec[];
  body?: string;
}

export type InvokeTarget =
  | { kind: 'rest-api'; api: RestApiInfo; stage: string }
  | {
      kind: 'private-domain';
      domain: PrivateDomainInfo;
      /** Base path to call; `''` or `(none)` for the catch-all mapping. */
      basePath: string;
      /** The provider's APIs the mappings point to, when the caller can read them. */
      mappedApis?: RestApiInfo[];
    };

export interface InvokeInput {
  region: string;
  callerAccountId: string;
  target: InvokeTarget;
  /** The caller's `execute-api` interface endpoints in this region. */
  vpcEndpoints: VpcEndpointInfo[];
  vpcs: VpcDnsAttributes[];
  accessAssociations: AccessAssociationInfo[];
  dnsRecords: DnsRecordInfo[];
  /** `Method.authorizationType` of the method being called. */
  authorizationType: AuthorizationType;
  /**
   * The method's authorization in full (authorizer, API key). `undefined`: only `authorizationType` is known
   * and no authorization prerequisite is added (callers that do not read methods).
   */
  methodAuthorization?: MethodAuthorization;
  /** The API's CORS answers for the request's resource; only consulted for browser clients. */
  cors?: CorsInfo;
  request: InvokeRequest;
  /** ISO time; lets the engine tell a fresh (< ~15 min) access association. */
  now?: string;
}

export interface ClientSituation {
  /** `internet`: no private entry exists; every form is returned as not applicable. */
  location: 'vpc' | 'on-premises' | 'internet';
  /** The VPC the client runs in, or whose VPCE it reaches over Direct Connect / VPN. */
  vpcId?: string;
  /** The endpoint the client will use; defaults to the VPC's execute-api endpoint. */
  vpceId?: string;
  /** A browser cannot set `Host` and `x-apigw-api-id` forces a CORS preflight. */
  client: 'server' | 'browser';
  /** On-premises: a Route 53 Resolver inbound endpoint and forwarding rules exist for the names used. */
  onPremResolverForwarding?: boolean;
  /**
   * In a VPC: `custom` when the VPC's DHCP options point clients at the operator's own DNS servers instead of the
   * Amazon-provided resolver; private hosted zones and endpoint private DNS then need forwarding to a Route 53
   * Resolver inbound endpoint (`customResolverForwarding`: set up / not / unknown when absent).
   */
  vpcResolver?: 'amazon' | 'custom';
  customResolverForwarding?: boolean;
  /** Browser clients: the calling page's origin (`https://app.example.com`); absent = not given. */
  origin?: string;
  /** IAM identity that will sign (AWS_IAM methods); unknown parts make identity-based checks `unknown`. */
  signer?: { accountId?: string; arn?: string };
}

export type FormId = 'A1' | 'A2' | 'A3' | 'A4' | 'B1' | 'B2';
export type PrerequisiteStatus = 'met' | 'not-met' | 'unknown';

export interface Prerequisite {
  /** Stable id, e.g. `api-policy`, for UI keys and tests. */
  id: string;
  label: string;
  status: PrerequisiteStatus;
  /** Why this status (names the deciding policy statement where there is one). */
  reason: string;
  /** What to change; present unless met. */
  fix?: string;
  /** What the client sees while this is not met (docs/aws/url-forms.md#failure-modes). */
  symptom?: string;
  /** For consumers who cannot read the provider's configuration: what to ask the provider. */
  askProvider?: string;
}

/**
 * `ready`: every prerequisite met. `unverified`: none failed, some unknown. `blocked`: at least one not met.
 * `not-applicable`: the form cannot be used by this kind of client at all (see `notApplicableReason`).
 */
export type FormStatus = 'ready' | 'unverified' | 'blocked' | 'not-applicable';

export interface SigningInfo {
  service: 'execute-api';
  region: string;
  /** The host the signature covers; equals the URL host (never a Host override). */
  signedHost: string;
  note: string;
}

export interface ZonalAlternative {
  availabilityZone: string;
  host: string;
  url: string;
}

export interface CorsVerdict {
  /** The page's origin, when given. */
  origin?: string;
  /** `true` when the page and the URL share an origin: no CORS applies. */
  sameOrigin: boolean;
  /** `true` when the browser sends an OPTIONS preflight first. */
  preflight: boolean;
  /** What makes the request non-simple (method, header names, content type). */
  preflightReasons: string[];
  /** What the API lacks for this request, worded as fixes (also in the CORS prerequisites). */
  missing: string[];
}

export interface FormExplanation {
  whenToUse: string;
  whatBreaksIt: string[];
}

export interface InvokeForm {
  id: FormId;
  title: string;
  status: FormStatus;
  notApplicableReason?: string;
  /** Full URL including the query string; percent-encoded. */
  url: string;
  /** Headers the form itself requires (Host / x-apigw-api-id); operator headers are added by the snippets. */
  headers: HeaderSpec[];
  /** Server name the client sends in TLS (the URL host). */
  sni: string;
  tlsNote: string;
  dnsPrerequisite: string;
  /** The VPC endpoint this form goes through, when known. */
  vpceId?: string;
  prerequisites: Prerequisite[];
  /** Present for AWS_IAM methods: the request must be SigV4-signed with these parameters. */
  signing?: SigningInfo;
  /**
   * Credential headers the method needs that the request does not carry yet, with placeholder values (`Authorization`
   * for a Cognito or TOKEN authorizer, identity-source headers, `x-api-key`). Snippets send them after the operator's.
   */
  credentialHeaders?: HeaderSpec[];
  /**
   * For forms on the endpoint's Regional name: the same URL on each zonal name (one per Availability Zone), with the
   * same Host / SNI rules.
   */
  zonalAlternatives?: ZonalAlternative[];
  /** Browser clients: whether the request needs a CORS preflight, and why. */
  cors?: CorsVerdict;
  explanation: FormExplanation;
  notes: string[];
}

export interface InvokeResult {
  forms: InvokeForm[];
  /** The form the console should show first: the best `ready` (else `unverified`) one for this situation. */
  recommended?: FormId;
  /** Situation-level remarks (e.g. which endpoint was assumed). */
  notes: string[];
}
