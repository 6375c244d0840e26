/**
 * What a stage serves, read from its export (`GetExport` with `extensions=apigateway`): AWS documents that the
 * export is of the deployed version. Each member is absent when the export does not carry it.
 */
export interface StageExport {
  /** `x-amazon-apigateway-policy`, re-serialized as JSON text. */
  policy?: string;
  /** `x-amazon-apigateway-endpoint-configuration.vpcEndpointIds`. */
  vpcEndpointIds?: string[];
}
