import type { EmulatorState } from '../../core/state';
import { findPrivateDomainByArn } from '../apigateway/domainNames';
import { ramError } from './errors';

export const DOMAIN_RESOURCE_TYPE = 'apigateway:Domainnames';
export const DOMAIN_PERMISSION_ARN =
  'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';

/** Resource types the emulator can share (RAM compares type strings case-insensitively). */
export const RESOURCE_TYPES = [
  { resourceType: DOMAIN_RESOURCE_TYPE, serviceName: 'apigateway', resourceRegionScope: 'REGIONAL' },
];

const ARN = /^arn:aws[\w-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:.+$/;

/**
 * Checks a resource ARN can go into `owner`'s share in `region` and returns its RAM type. Only private custom
 * domain names are shareable here; they must exist, belong to the owner, and live in the share's Region.
 */
export function shareableResourceType(state: EmulatorState, arn: string, owner: string, region: string): string {
  if (!ARN.test(arn)) throw ramError('MalformedArnException', `The specified resource ARN ${arn} is not valid.`);
  if (!arn.startsWith('arn:aws:apigateway:') || !arn.includes(':/domainnames/')) {
    throw ramError(
      'InvalidResourceTypeException',
      `The resource type of ${arn} is not supported by the emulator (only ${DOMAIN_RESOURCE_TYPE}).`,
    );
  }
  const domain = findPrivateDomainByArn(state, arn);
  if (!domain || !arn.startsWith(`arn:aws:apigateway:${region}:${owner}:`)) {
    throw ramError(
      'UnknownResourceException',
      `The resource ${arn} could not be found in account ${owner} in ${region}.`,
    );
  }
  return DOMAIN_RESOURCE_TYPE;
}

export function resourceExists(state: EmulatorState, arn: string): boolean {
  return findPrivateDomainByArn(state, arn) !== undefined;
}
