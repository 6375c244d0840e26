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

/**
 * Per stage name: whether the stage serves the API's current policy and endpoint ids, read from its export. A stage
 * is absent when its export could not be read or carries no policy.
 */
export type StagesServingCurrent = Record<string, boolean>;
