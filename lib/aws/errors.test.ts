import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestException,
  ConflictException,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  GetRestApiCommand,
  LimitExceededException,
  NotFoundException,
  ServiceUnavailableException,
  TooManyRequestsException,
  UnauthorizedException,
} from '@aws-sdk/client-api-gateway';
import {
  MalformedArnException,
  OperationNotPermittedException,
  ResourceShareInvitationAlreadyAcceptedException,
  ResourceShareInvitationArnNotFoundException,
  ThrottlingException,
  UnknownResourceException,
} from '@aws-sdk/client-ram';
import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { STSServiceException } from '@aws-sdk/client-sts';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway, CONSUMER, issuedCertificate, startTestEmulator } from '@/emulator/testing/harness';
import { toConsoleError } from './errors';
import type { ConsoleErrorKind } from '@/lib/errors';

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

/** EC2 and STS errors are not modelled: the SDK raises the service's base exception named after the wire code. */
function unmodelled(
  Base: typeof EC2ServiceException | typeof STSServiceException,
  name: string,
  status: number,
  message: string,
) {
  return new Base({ name, $fault: 'client', message, ...meta(status) });
}

function networkError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:4566`), { code });
}

const cases: { label: string; error: unknown; kind: ConsoleErrorKind; code?: string; mentions?: RegExp }[] = [
  {
    label: 'API Gateway NotFoundException',
    error: new NotFoundException({ message: 'Invalid API identifier specified 111111111111:abc', ...meta(404) }),
    kind: 'not-found',
    code: 'NotFoundException',
    mentions: /Invalid API identifier/,
  },
  {
    label: 'API Gateway TooManyRequestsException',
    error: new TooManyRequestsException({ message: 'Too Many Requests', retryAfterSeconds: '3', ...meta(429) }),
    kind: 'throttled',
    mentions: /10 control-plane requests per second/,
  },
  {
    label: 'API Gateway LimitExceededException (429)',
    error: new LimitExceededException({ message: 'Too Many Requests', ...meta(429) }),
    kind: 'throttled',
  },
  {
    label: 'API Gateway ConflictException',
    error: new ConflictException({ message: 'Base path already exists for this domain name', ...meta(409) }),
    kind: 'conflict',
    mentions: /Base path already exists/,
  },
  {
    label: 'API Gateway BadRequestException',
    error: new BadRequestException({ message: 'Multi-level base paths are not supported', ...meta(400) }),
    kind: 'invalid-input',
    mentions: /Multi-level/,
  },
  {
    label: 'API Gateway UnauthorizedException (401)',
    error: new UnauthorizedException({ message: 'Unauthorized', ...meta(401) }),
    kind: 'forbidden',
  },
  {
    label: 'API Gateway ServiceUnavailableException',
    error: new ServiceUnavailableException({ message: 'Service Unavailable', ...meta(503) }),
    kind: 'unavailable',
    mentions: /failed on the AWS side \(ServiceUnavailableException, HTTP 503\)/,
  },
  {
    label: 'API Gateway 403 AccessDeniedException naming the action',
    error: Object.assign(
      new Error(
        'User: arn:aws:sts::111111111111:assumed-role/ReadOnly/jo is not authorized to perform: apigateway:PATCH on resource: arn:aws:apigateway:us-east-1::/restapis/abc123',
      ),
      { name: 'AccessDeniedException', ...meta(403) },
    ),
    kind: 'forbidden',
    mentions: /lacks apigateway:PATCH on arn:aws:apigateway:us-east-1::\/restapis\/abc123/,
  },
  {
    label: 'a denial on a domain ARN (dots in the resource) ending a sentence',
    error: Object.assign(
      new Error(
        'User: arn:aws:iam::222222222222:root is not authorized to perform: apigateway:CreateAccessAssociation on resource: arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.example.com+abcd1234.',
      ),
      { name: 'AccessDeniedException', ...meta(403) },
    ),
    kind: 'forbidden',
    mentions:
      /lacks apigateway:CreateAccessAssociation on arn:aws:apigateway:us-east-1:111111111111:\/domainnames\/api\.example\.com\+abcd1234\. Ask/,
  },
  {
    label: 'RAM ThrottlingException',
    error: new ThrottlingException({ message: 'Rate exceeded', ...meta(429) }),
    kind: 'throttled',
  },
  {
    label: 'RAM OperationNotPermittedException',
    error: new OperationNotPermittedException({ message: 'not permitted', ...meta(400) }),
    kind: 'forbidden',
  },
  {
    label: 'RAM UnknownResourceException',
    error: new UnknownResourceException({ message: 'share not found', ...meta(400) }),
    kind: 'not-found',
  },
  {
    label: 'RAM ResourceShareInvitationArnNotFoundException',
    error: new ResourceShareInvitationArnNotFoundException({ message: 'no such invitation', ...meta(400) }),
    kind: 'not-found',
  },
  {
    label: 'RAM invitation already accepted',
    error: new ResourceShareInvitationAlreadyAcceptedException({ message: 'already accepted', ...meta(400) }),
    kind: 'conflict',
  },
  {
    label: 'RAM MalformedArnException',
    error: new MalformedArnException({ message: 'The ARN is malformed', ...meta(400) }),
    kind: 'invalid-input',
    mentions: /malformed/,
  },
  {
    label: 'EC2 InvalidVpcEndpointId.NotFound',
    error: unmodelled(
      EC2ServiceException,
      'InvalidVpcEndpointId.NotFound',
      400,
      "The Vpc Endpoint Id 'vpce-1' does not exist",
    ),
    kind: 'not-found',
    code: 'InvalidVpcEndpointId.NotFound',
  },
  {
    label: 'EC2 RequestLimitExceeded (503)',
    error: unmodelled(EC2ServiceException, 'RequestLimitExceeded', 503, 'Request limit exceeded.'),
    kind: 'throttled',
  },
  {
    label: 'EC2 UnauthorizedOperation',
    error: unmodelled(
      EC2ServiceException,
      'UnauthorizedOperation',
      403,
      'You are not authorized to perform this operation.',
    ),
    kind: 'forbidden',
  },
  {
    label: 'EC2 InvalidParameterValue',
    error: unmodelled(
      EC2ServiceException,
      'InvalidParameterValue',
      400,
      'Value (x) for parameter attribute is invalid.',
    ),
    kind: 'invalid-input',
  },
  {
    label: 'STS ExpiredToken',
    error: unmodelled(
      STSServiceException,
      'ExpiredToken',
      400,
      'The security token included in the request is expired',
    ),
    kind: 'credentials',
    mentions: /aws sso login/,
  },
  {
    label: 'STS InvalidClientTokenId',
    error: unmodelled(
      STSServiceException,
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid.',
    ),
    kind: 'credentials',
  },
  {
    label: 'credential chain found nothing',
    error: Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    }),
    kind: 'credentials',
  },
  {
    label: 'Route 53 Throttling (400)',
    error: Object.assign(new Error('Rate exceeded'), { name: 'Throttling', ...meta(400) }),
    kind: 'throttled',
  },
  {
    label: 'connection refused',
    error: networkError('ECONNREFUSED'),
    kind: 'unavailable',
    code: 'ECONNREFUSED',
    mentions: /emulator/,
  },
  { label: 'unnamed 404', error: Object.assign(new Error(''), { name: 'Unknown', ...meta(404) }), kind: 'not-found' },
  { label: 'a thrown string', error: 'boom', kind: 'unknown' },
  {
    label: 'an HTML page instead of an AWS answer (partial emulator)',
    error: Object.assign(
      new SyntaxError(
        'Unexpected token \'<\', "<!doctype "... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
      ),
      { $responseBodyText: '<!doctype html>', ...meta(404) },
    ),
    kind: 'unavailable',
    code: 'UnparseableResponse',
    mentions: /not a valid AWS answer \(HTTP 404\)\. The endpoint may not implement this operation/,
  },
];

describe('toConsoleError over SDK error shapes', () => {
  it.each(cases)('$label → $kind', ({ error, kind, code, mentions }) => {
    const mapped = toConsoleError(error, { operation: 'apigateway:GetRestApi', resource: '/restapis/abc123' });
    expect(mapped.kind).toBe(kind);
    if (code) expect(mapped.code).toBe(code);
    if (mentions) expect(mapped.message).toMatch(mentions);
    expect(mapped.title.length).toBeGreaterThan(0);
    // Plain data only: nothing of the SDK error object (and so no request or credentials) survives.
    expect(JSON.parse(JSON.stringify(mapped))).toEqual(mapped);
    expect(
      Object.keys(mapped).every((k) => ['kind', 'title', 'message', 'code', 'field', 'retryAfterSeconds'].includes(k)),
    ).toBe(true);
  });

  it('names the operation and resource from the hint', () => {
    const mapped = toConsoleError(
      new NotFoundException({ message: 'Invalid domain name identifier specified', ...meta(404) }),
      {
        operation: 'apigateway:GetDomainName',
        resource: 'api.internal.example.com (k3x9q2ab)',
      },
    );
    expect(mapped.message).toContain('apigateway:GetDomainName on api.internal.example.com (k3x9q2ab)');
  });

  it('falls back to the hinted IAM action when AWS does not name one', () => {
    const mapped = toConsoleError(new UnauthorizedException({ message: 'Unauthorized', ...meta(401) }), {
      action: 'apigateway:GET',
      resource: '/domainnames',
    });
    expect(mapped.message).toContain('lacks apigateway:GET on /domainnames');
  });

  it('carries the field of the hint on invalid input', () => {
    const mapped = toConsoleError(new BadRequestException({ message: 'Invalid base path', ...meta(400) }), {
      field: 'basePath',
    });
    expect(mapped).toMatchObject({ kind: 'invalid-input', field: 'basePath' });
    expect(mapped.message).toContain('(field: basePath)');
  });
});

describe('toConsoleError against the emulator', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ quotas: 'aws' });
  });
  afterAll(() => emulator.close());

  async function thrown(promise: Promise<unknown>): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new Error('expected the call to fail');
  }

  it('maps a 404 for an unknown REST API', async () => {
    const error = await thrown(apiGateway(emulator).send(new GetRestApiCommand({ restApiId: 'nosuchapi0' })));
    const mapped = toConsoleError(error, { operation: 'apigateway:GetRestApi', resource: '/restapis/nosuchapi0' });
    expect(mapped).toMatchObject({ kind: 'not-found', code: 'NotFoundException', title: 'Not found' });
    expect(mapped.message).toContain('/restapis/nosuchapi0');
  });

  it('maps a 429 with its Retry-After when CreateRestApi runs faster than once per 3 seconds', async () => {
    const client = apiGateway(emulator);
    await client.send(new CreateRestApiCommand({ name: 'first', endpointConfiguration: { types: ['PRIVATE'] } }));
    const error = await thrown(
      client.send(new CreateRestApiCommand({ name: 'second', endpointConfiguration: { types: ['PRIVATE'] } })),
    );
    const mapped = toConsoleError(error, { operation: 'apigateway:CreateRestApi' });
    expect(mapped.kind).toBe('throttled');
    expect(mapped.retryAfterSeconds).toBeGreaterThan(0);
    expect(mapped.message).toMatch(/Try again in \d+ s/);
  });

  it('maps a 403 when another account associates with a domain that is not shared with it', async () => {
    const provider = apiGateway(emulator);
    const certificateArn = await issuedCertificate(emulator, 'private.example.com');
    const domain = await provider.send(
      new CreateDomainNameCommand({
        domainName: 'private.example.com',
        certificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
        securityPolicy: 'TLS_1_2',
      }),
    );
    const consumer = apiGateway(emulator, { account: CONSUMER });
    const error = await thrown(
      consumer.send(
        new CreateDomainNameAccessAssociationCommand({
          domainNameArn: domain.domainNameArn!,
          accessAssociationSourceType: 'VPCE',
          accessAssociationSource: 'vpce-0123456789abcdef0',
        }),
      ),
    );
    const mapped = toConsoleError(error, { operation: 'apigateway:CreateDomainNameAccessAssociation' });
    expect(mapped).toMatchObject({ kind: 'forbidden', code: 'AccessDeniedException', title: 'Access denied' });
    expect(mapped.message).toContain(`lacks apigateway:CreateAccessAssociation on ${domain.domainNameArn}`);
  });
});
