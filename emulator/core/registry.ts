import { AwsError, type EmulatorRequest, type EmulatorResponse, type ServiceHandler } from './types';
import { renderRestJsonError } from './protocols/restJson';
import { renderEc2Error } from './protocols/ec2Query';
import { renderAwsJsonError } from './protocols/awsJson';
import { renderRestXmlError } from './protocols/restXml';
import { renderAwsQueryError } from './protocols/awsQuery';
import { handle as apigateway, operationName as apigatewayOperation } from '../services/apigateway/index';
import { handle as ec2 } from '../services/ec2/index';
import { paramsOf as ec2Params } from '../services/ec2/query';
import { paramsOf as stsParams } from '../services/sts/input';
import { handle as ram } from '../services/ram/index';
import { handle as acm } from '../services/acm/index';
import { handle as route53 } from '../services/route53/index';
import { handle as sts, STS_XMLNS } from '../services/sts/index';

export type ServiceName = EmulatorRequest['service'];

/** What the server needs to know about a service besides its handler: how it spells errors on the wire. */
export interface ServiceDefinition {
  handle: ServiceHandler;
  renderError(err: AwsError): EmulatorResponse;
  /** Best-effort operation name, for per-operation quotas and `ops=` fault filters. */
  operationName(req: EmulatorRequest): string | undefined;
  /** The error this service answers with when its rate limit is exceeded. */
  throttled(retryAfterSeconds: number): AwsError;
  /** The error injected by EMULATOR_FAULTS. */
  injectedFailure(): AwsError;
}

export const SERVICES: Record<ServiceName, ServiceDefinition> = {
  apigateway: {
    handle: apigateway,
    renderError: renderRestJsonError,
    operationName: apigatewayOperation,
    throttled: (s) => new AwsError('TooManyRequestsException', 429, 'Too Many Requests', s),
    injectedFailure: () => new AwsError('ServiceUnavailableException', 503, 'Service Unavailable (injected fault)', 1),
  },
  ram: {
    handle: ram,
    renderError: renderRestJsonError,
    // RAM paths are the lowercase operation name (`/getresourceshares`).
    operationName: (req) => req.rawPath.split('/')[1] || undefined,
    throttled: (s) => new AwsError('ThrottlingException', 429, 'Rate exceeded', s),
    injectedFailure: () => new AwsError('ServerInternalException', 500, 'Internal server error (injected fault)'),
  },
  ec2: {
    handle: ec2,
    renderError: renderEc2Error,
    operationName: (req) => ec2Params(req).string('Action'),
    throttled: (s) => new AwsError('RequestLimitExceeded', 503, 'Request limit exceeded.', s),
    injectedFailure: () => new AwsError('InternalError', 500, 'An internal error has occurred (injected fault)'),
  },
  acm: {
    handle: acm,
    renderError: renderAwsJsonError,
    operationName: (req) => String(req.headers['x-amz-target'] ?? '').split('.')[1] || undefined,
    throttled: (s) => new AwsError('ThrottlingException', 400, 'Rate exceeded', s),
    injectedFailure: () => new AwsError('InternalFailure', 500, 'Internal failure (injected fault)'),
  },
  route53: {
    handle: route53,
    renderError: renderRestXmlError,
    operationName: route53Operation,
    throttled: (s) => new AwsError('Throttling', 400, 'Rate exceeded', s),
    injectedFailure: () => new AwsError('InternalFailure', 500, 'Internal failure (injected fault)'),
  },
  sts: {
    handle: sts,
    renderError: (err) => renderAwsQueryError(err, STS_XMLNS),
    operationName: (req) => stsParams(req).string('Action'),
    throttled: (s) => new AwsError('Throttling', 400, 'Rate exceeded', s),
    injectedFailure: () => new AwsError('InternalFailure', 500, 'Internal failure (injected fault)'),
  },
};

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(SERVICES, name);
}

function route53Operation(req: EmulatorRequest): string | undefined {
  const path = req.rawPath.replace(/\/$/, '');
  if (/^\/2013-04-01\/hostedzone$/.test(path)) return req.method === 'POST' ? 'CreateHostedZone' : 'ListHostedZones';
  if (/^\/2013-04-01\/hostedzonesbyvpc$/.test(path)) return 'ListHostedZonesByVPC';
  if (/^\/2013-04-01\/hostedzone\/[^/]+\/rrset$/.test(path)) {
    return req.method === 'POST' ? 'ChangeResourceRecordSets' : 'ListResourceRecordSets';
  }
  if (/^\/2013-04-01\/hostedzone\/[^/]+$/.test(path))
    return req.method === 'DELETE' ? 'DeleteHostedZone' : 'GetHostedZone';
  return undefined;
}
