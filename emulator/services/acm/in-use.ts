import { allRegionStates, type ApiGatewayState } from '../apigateway/state';

/** ARNs of API Gateway custom domains using the certificate (ACM's InUseBy). */
export function inUseBy(s: { apigateway: ApiGatewayState }, certificateArn: string): string[] {
  const users: string[] = [];
  for (const { slot } of allRegionStates(s.apigateway)) {
    for (const domain of slot.domainNames) {
      if (domain.certificateArn === certificateArn || domain.regionalCertificateArn === certificateArn)
        users.push(domain.domainNameArn);
    }
  }
  return users;
}
