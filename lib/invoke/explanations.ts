import type { FormExplanation, FormId } from './types';

/** Operator-facing texts per form, so the UI only renders them (docs/aws/resources.md#private-dns-on-an-endpoint, docs/aws/url-forms.md#calling-a-private-rest-api–docs/aws/url-forms.md#tls-and-sni, docs/aws/gotchas.md). */

export const FORM_TITLES: Record<FormId, string> = {
  A1: 'Private DNS name',
  A2: 'VPC endpoint hostname + Host header',
  A3: 'VPC endpoint hostname + x-apigw-api-id header',
  A4: 'Route 53 alias {api-id}-{vpce-id}',
  B1: 'Private custom domain name',
  B2: 'VPC endpoint hostname + Host: custom domain',
};

export const EXPLANATIONS: Record<FormId, FormExplanation> = {
  A1: {
    whenToUse:
      'Clients inside a VPC whose execute-api endpoint has private DNS on: the URL looks like any API Gateway URL and needs no special header. Usable from browsers when the API answers CORS (checked for browser clients).',
    whatBreaksIt: [
      'Turning private DNS off on the endpoint: the name then resolves to public addresses and the private API answers 403.',
      "Private DNS on hijacks every *.execute-api name in the VPC: public APIs' default URLs return 403 from that VPC (call them through their custom domains instead).",
      'VPC attributes enableDnsSupport / enableDnsHostnames set to false.',
      'On premises: no Route 53 Resolver inbound endpoint forwarding execute-api queries.',
      'The resource policy no longer allowing this endpoint or VPC (and the API not redeployed after a policy change).',
    ],
  },
  A2: {
    whenToUse:
      "Server-side clients that cannot use private DNS or an alias: connect to the endpoint's own DNS name and name the API in the Host header. Works with private DNS on or off and over Direct Connect/VPN.",
    whatBreaksIt: [
      'Forgetting the Host header: API Gateway cannot tell which API is meant and answers 403.',
      'endpointAccessMode STRICT (enhanced security policies): Host differs from the TLS SNI, so the request is refused.',
      'SigV4 (AWS_IAM) methods: tools sign the URL host, not the overridden Host — use the x-apigw-api-id form instead.',
      'Browsers cannot set Host.',
    ],
  },
  A3: {
    whenToUse:
      "Server-side clients using the endpoint's DNS name, especially SigV4-signed (AWS_IAM) calls: the API is named by x-apigw-api-id so the signed host stays the real connection host.",
    whatBreaksIt: [
      'Forgetting the x-apigw-api-id header: 403.',
      'Browsers: the custom header triggers a CORS preflight that does not carry it.',
      "endpointAccessMode STRICT: the TLS SNI is the endpoint name, not the API's hostname.",
    ],
  },
  A4: {
    whenToUse:
      "Clients that keep private DNS off (so public APIs stay reachable) or sit on premises: a public DNS name that resolves to the endpoint's private IPs. Usable from browsers when the API answers CORS.",
    whatBreaksIt: [
      "Removing the endpoint from the API's vpcEndpointIds (the name stops resolving: NXDOMAIN).",
      'Associating the endpoint without redeploying the API, or calling before DNS has propagated (minutes).',
    ],
  },
  B1: {
    whenToUse:
      "The normal way to call a private custom domain, from the provider's own account or a consumer account alike: TLS uses your own certificate and no header is needed. Usable from browsers when the mapped API answers CORS.",
    whatBreaksIt: [
      "No private hosted zone record for the domain in the client's VPC (NXDOMAIN).",
      'No access association between this endpoint and the domain, a fresh one (~15 minutes to take effect), or one the provider rejected.',
      "The domain policy or the mapped API's policy not allowing this endpoint: all of them must agree.",
      'No base path mapping for the path called.',
    ],
  },
  B2: {
    whenToUse:
      "Testing a private custom domain before the DNS record exists: connect to the endpoint's DNS name and send the custom domain as Host.",
    whatBreaksIt: [
      'endpointAccessMode STRICT on the domain: SNI (endpoint name) differs from Host, so the request is refused.',
      'SigV4 (AWS_IAM) methods and browsers: they cannot use a Host override; use the custom domain name itself.',
      'Everything that breaks the custom domain name form except DNS.',
    ],
  },
};

export const TLS_NOTES: Record<FormId, string> = {
  A1: 'SNI = {api-id}.execute-api.{region}.amazonaws.com; AWS presents its *.execute-api certificate.',
  A2: 'SNI = the endpoint DNS name and AWS presents a certificate for it; Host differs from SNI (rejected under endpointAccessMode STRICT).',
  A3: 'SNI = Host = the endpoint DNS name; AWS presents a certificate for it.',
  A4: 'SNI = {api-id}-{vpce-id}.execute-api.{region}.amazonaws.com, covered by the AWS *.execute-api wildcard certificate.',
  B1: 'SNI = the custom domain; your ACM certificate is presented (TLS 1.2 for private domains).',
  B2: 'SNI = the endpoint DNS name (AWS certificate); do not set the TLS server name to the custom domain. Host differs from SNI (rejected under STRICT).',
};

export const DNS_PREREQUISITES: Record<FormId, string> = {
  A1: 'The client resolves through the VPC resolver (on premises: a Resolver inbound endpoint) and the endpoint has private DNS on.',
  A2: "None beyond public DNS: endpoint names are public records resolving to the endpoint's private IPs.",
  A3: "None beyond public DNS: endpoint names are public records resolving to the endpoint's private IPs.",
  A4: 'Public alias record API Gateway publishes once the endpoint is associated with the API and the API is redeployed.',
  B1: "A private hosted zone associated with the client's VPC with an alias A (and AAAA for dualstack) record for the domain pointing to the endpoint's regional DNS name.",
  B2: 'None beyond public DNS (the endpoint name).',
};
