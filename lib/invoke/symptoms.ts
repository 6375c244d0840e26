/**
 * What a client sees when a prerequisite is not met (docs/aws/url-forms.md#failure-modes). Wording marked "expect" is unverified in
 * the reference and stays hedged here so the console does not overstate it.
 */
export const SYMPTOMS = {
  publicApiHijacked:
    'Public APIs\' default execute-api URLs called from this VPC return HTTP 403 {"message":"Forbidden"} (x-amzn-ErrorType: ForbiddenException).',
  missingHostHeader: 'HTTP 403 Forbidden: the VPCE hostname alone does not say which API is meant.',
  noResolverOnPrem:
    'HTTP 403: without resolver forwarding the default execute-api name resolves to the public endpoint, which refuses private APIs.',
  policyImplicitDeny: (arn: string, user = 'anonymous') =>
    `HTTP 403 AccessDeniedException: "User: ${user} is not authorized to perform: execute-api:Invoke on resource: ${arn}".`,
  policyExplicitDeny: (arn: string, user = 'anonymous') =>
    `HTTP 403 AccessDeniedException: "User: ${user} is not authorized to perform: execute-api:Invoke on resource: ${arn} with an explicit deny".`,
  noPolicy:
    'HTTP 403 AccessDeniedException (no resource policy grants anything); the API cannot even be deployed without one.',
  notRedeployed:
    'The old behaviour persists: the previous deployment still applies the old policy / no alias exists yet.',
  missingStage: 'HTTP 403 MissingAuthenticationTokenException "Missing Authentication Token".',
  executeApiDisabled: 'HTTP 403 Forbidden on every execute-api hostname.',
  aliasNotAssociated:
    'DNS NXDOMAIN for {api-id}-{vpce-id}.execute-api… (the alias only exists for associated endpoints).',
  aliasNotServed:
    'HTTP 403 Forbidden: with private DNS on, the VPC resolves every *.execute-api name (the alias too) to its endpoint, and API Gateway does not serve the alias of an endpoint the deployed API is not associated with (status unverified).',
  unreachableEndpoint: 'TCP connect timeout (no route to the endpoint ENIs or security group lacks inbound 443).',
  privateDnsOff:
    'The default execute-api name resolves to public API Gateway addresses; the private API answers HTTP 403 Forbidden.',
  vpcDnsAttributes: 'Private DNS cannot be enabled and private hosted zone names do not resolve in this VPC.',
  noDomainRecord: 'DNS NXDOMAIN for the custom domain, or it resolves to an unrelated public record.',
  noAccessAssociation:
    'Expect HTTP 403 Forbidden (no access association between this VPCE and the domain, or it is not active yet).',
  domainPolicyDenies:
    'Expect HTTP 403 AccessDeniedException "… with an explicit deny" (domain policy does not allow this VPCE).',
  mappedApiPolicyDenies: "HTTP 403 AccessDeniedException: the mapped API's own policy must allow this VPCE too.",
  noBasePathMatch: 'Expect HTTP 403 Forbidden (no base path mapping matches).',
  strictAccessMode:
    "The request is rejected: with endpointAccessMode STRICT, API Gateway requires the TLS SNI to match the API's or domain's hostname (status code not documented).",
  wrongRegion: 'The endpoint cannot reach resources of another Region; the request fails (403 or connection error).',
  certificateRefused:
    'The TLS handshake fails for every client (curl: "SSL certificate problem: certificate has expired" or "no alternative certificate subject name matches"); no HTTP status.',
  domainNotAvailable: 'The domain is not serving yet: TLS or HTTP errors until its status is AVAILABLE.',
  sameNameConflict:
    'The endpoint cannot be associated with two private domains of the same name; requests reach the other domain or fail with 403.',
  endpointPolicyDenies: (arn: string, user = 'anonymous') =>
    `HTTP 403 AccessDeniedException: "User: ${user} is not authorized to perform: execute-api:Invoke on resource: ${arn} because no VPC endpoint policy allows the execute-api:Invoke action".`,
  authorizationMissing:
    'HTTP 401 {"message":"Unauthorized"} without the token or identity sources an authorizer needs; HTTP 403 Forbidden without a valid API key; 403 without a SigV4 signature on AWS_IAM methods.',
  corsPreflightFails:
    'The browser reports a CORS error: the OPTIONS preflight is not answered with matching Access-Control-Allow-* headers, so the real request is never sent.',
  corsResponseBlocked:
    'The request reaches the API, but the browser hides the response from the page (CORS error) because it lacks a matching Access-Control-Allow-Origin.',
  customResolverNoForwarding:
    "DNS NXDOMAIN (or a public answer) for names only the VPC's Route 53 Resolver knows: your own DNS servers do not see the private hosted zone or the endpoint's private DNS.",
  notSigned: 'HTTP 403 MissingAuthenticationTokenException or "… is not authorized" without a valid SigV4 signature.',
} as const;
