/** One resource of a REST API with its id (for GetMethod) and the HTTP methods it has. */
export interface ResourceSummary {
  id: string;
  path: string;
  /** HTTP methods (and `ANY`), upper case. */
  methods: string[];
}

/** What GetMethod says about a method, reduced to what invoke guidance needs. */
export interface MethodDetails {
  resourcePath: string;
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  /** `MOCK`, `HTTP`, `HTTP_PROXY`, `AWS`, `AWS_PROXY`; absent without an integration. */
  integrationType?: string;
  /**
   * Static header values the integration responses map onto the method response (2xx responses first), by lower-case
   * header name with the single quotes removed. Mapped from the backend (`integration.response.header.X`) = absent.
   */
  staticResponseHeaders: Record<string, string>;
}

export interface AuthorizerDetails {
  id: string;
  name: string;
  type: string;
  identitySource?: string;
}

/** Access-Control-Allow-Origin of API Gateway's own error answers (DEFAULT_4XX / DEFAULT_5XX), when set. */
export interface GatewayResponseOrigins {
  default4xx?: string;
  default5xx?: string;
}
