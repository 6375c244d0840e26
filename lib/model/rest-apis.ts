export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate?: string;
  /** `PRIVATE`, `REGIONAL` or `EDGE`; pages that list private APIs filter on this. */
  endpointTypes: string[];
  /** VPC endpoints associated for the `{api-id}-{vpce-id}` DNS aliases (DNS only; the policy still decides access). */
  vpcEndpointIds: string[];
  ipAddressType?: string;
  /** Raw resource policy as API Gateway returns it (often backslash-escaped); decode with lib/policies. */
  policy?: string;
  disableExecuteApiEndpoint: boolean;
  apiStatus?: string;
  apiStatusMessage?: string;
  securityPolicy?: string;
  endpointAccessMode?: string;
  tags: Record<string, string>;
}

export interface Stage {
  stageName: string;
  deploymentId?: string;
  description?: string;
  createdDate?: string;
  lastUpdatedDate?: string;
  tracingEnabled: boolean;
  webAclArn?: string;
  variables: Record<string, string>;
}

export interface Deployment {
  id: string;
  description?: string;
  createdDate?: string;
}

/** What the private API list shows of an API (not its policy document: the list only says whether there is one). */
export interface ApiRow {
  id: string;
  name: string;
  description?: string;
  createdDate?: string;
  vpcEndpointIds: string[];
  hasPolicy: boolean;
  apiStatus?: string;
}

/** A private API as a form offers it. */
export interface ApiOption {
  id: string;
  name: string;
}
