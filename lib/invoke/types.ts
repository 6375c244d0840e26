/**
 * Plain-data input and output of the invoke-URL engine. The console maps SDK output onto these shapes
 * (lib/aws/…); nothing here depends on the SDK. Optional fields mean "the console could not read this" —
 * the engine then reports the affected prerequisites as `unknown` instead of guessing.
 */

export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';
export type EndpointAccessMode = 'STRICT' | 'BASIC';

export interface StageInfo {
  name: string;
  /** Absent when the stage exists without a deployment (the console shows it as not deployed). */
  deploymentId?: string;
}

export interface RestApiInfo {
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
  /**
   * `true` when the console knows the policy or VPCE association changed after the last deployment (e.g. it
   * made the change itself). API Gateway does not expose this, so `undefined` means "not known".
   */
  undeployedChanges?: boolean;
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
  securityPolicy?: string;
  endpointAccessMode?: EndpointAccessMode;
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
