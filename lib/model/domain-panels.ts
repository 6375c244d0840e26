/** Rows of the panels of an owned private domain's detail page. */

export interface MappingRow {
  basePath: string;
  restApiId: string;
  apiName?: string;
  stage?: string;
  stageExists?: boolean;
  apiExists?: boolean;
}

export interface AssociationRow {
  arn: string;
  vpceId: string;
  accountId?: string;
  own: boolean;
  allowedByPolicy: boolean;
}

export interface DomainShareRow {
  shareArn: string;
  shareName?: string;
  status: string;
  shareStatus?: string;
  principals: string[];
}
