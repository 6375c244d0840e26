/** ARN formats from docs/aws/resources.md#private-custom-domain-name, docs/aws/resources.md#domain-name-access-association and docs/aws/policies.md#iam-permissions-of-console-users (IAM reference). */
export const restApiArn = (region: string, id: string) => `arn:aws:apigateway:${region}::/restapis/${id}`;

export const stageArn = (region: string, apiId: string, stage: string) =>
  `arn:aws:apigateway:${region}::/restapis/${apiId}/stages/${stage}`;

export const privateDomainArn = (region: string, account: string, name: string, id: string) =>
  `arn:aws:apigateway:${region}:${account}:/domainnames/${name}+${id}`;

export const publicDomainArn = (region: string, name: string) => `arn:aws:apigateway:${region}::/domainnames/${name}`;

export const accessAssociationArn = (region: string, account: string, name: string, domainId: string, vpceId: string) =>
  `arn:aws:apigateway:${region}:${account}:/domainnameaccessassociations/domainname/${name}+${domainId}/vpcesource/${vpceId}`;

export interface PrivateDomainRef {
  region: string;
  account: string;
  domainName: string;
  domainNameId: string;
}

const PRIVATE_DOMAIN_ARN = /^arn:aws:apigateway:([a-z0-9-]+):(\d{12}):\/domainnames\/([^/+]+)\+([A-Za-z0-9]+)$/;

export function parsePrivateDomainArn(arn: string): PrivateDomainRef | undefined {
  const match = PRIVATE_DOMAIN_ARN.exec(arn);
  return match ? { region: match[1], account: match[2], domainName: match[3], domainNameId: match[4] } : undefined;
}

const ACCESS_ASSOCIATION_ARN =
  /^arn:aws:apigateway:([a-z0-9-]+):(\d{12}):\/domainnameaccessassociations\/domainname\/[^/]+\/vpcesource\/[^/]+$/;

export function accessAssociationArnAccount(arn: string): { region: string; account: string } | undefined {
  const match = ACCESS_ASSOCIATION_ARN.exec(arn);
  return match ? { region: match[1], account: match[2] } : undefined;
}
