import { AwsError } from '../../core/types';
import type { VpcEndpointType } from './state';

/**
 * Hosted zone ids AWS uses for the public `*.vpce.amazonaws.com` names of interface endpoints, per Region.
 * Regions not listed get a stable made-up id so alias records still have a zone to point at.
 */
export const VPCE_PUBLIC_HOSTED_ZONE_IDS: Record<string, string> = {
  'us-east-1': 'Z7HUB22UULQXV',
  'us-east-2': 'ZC8PG0KIFKBRI',
  'us-west-2': 'Z1YSA3EXCYUU9Z',
  'eu-west-1': 'Z38GZ743OKFT7T',
  'eu-central-1': 'Z273ZU8SZ5RJPC',
};

/** AWS services the emulator offers endpoints for, and which endpoint types each supports. */
const SERVICES: Record<string, VpcEndpointType[]> = {
  'execute-api': ['Interface'],
  s3: ['Interface', 'Gateway'],
  dynamodb: ['Interface', 'Gateway'],
  sts: ['Interface'],
  ssm: ['Interface'],
  logs: ['Interface'],
  secretsmanager: ['Interface'],
  kms: ['Interface'],
  sqs: ['Interface'],
  lambda: ['Interface'],
};

/** Short service name (`execute-api`) of `com.amazonaws.{region}.{service}`, after checking it exists and supports `type`. */
export function resolveService(serviceName: string, region: string, type: VpcEndpointType): string {
  const prefix = `com.amazonaws.${region}.`;
  const short = serviceName.startsWith(prefix) ? serviceName.slice(prefix.length) : undefined;
  const types = short === undefined ? undefined : SERVICES[short];
  if (short === undefined || !types) {
    throw new AwsError('InvalidServiceName', 400, `The Vpc Endpoint Service '${serviceName}' does not exist`);
  }
  if (!types.includes(type)) {
    throw new AwsError(
      'InvalidParameter',
      400,
      `The Vpc Endpoint Service '${serviceName}' does not support endpoint type ${type}.`,
    );
  }
  return short;
}

/** `com.amazonaws.{region}.execute-api` → `execute-api` (service names may contain dots, e.g. `ecr.api`). */
export function serviceShortName(serviceName: string): string {
  return serviceName.split('.').slice(3).join('.');
}
