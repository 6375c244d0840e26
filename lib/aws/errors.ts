import type { ConsoleError, ConsoleErrorKind } from '@/lib/errors';

/** What the caller was doing, so the message can name the operation and the resource. */
export interface ErrorHint {
  /** e.g. "apigateway:GetRestApis" */
  operation?: string;
  /** e.g. "/restapis/abc123" or a domain name */
  resource?: string;
  /** IAM action the operation needs, used when AWS does not name it, e.g. "apigateway:PATCH". */
  action?: string;
  field?: string;
}

const THROTTLE = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'PriorRequestNotComplete',
  'SlowDown',
]);
const FORBIDDEN = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'OperationNotPermittedException',
  'ForbiddenException',
]);
const CREDENTIALS = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'UnrecognizedClientException',
  'TokenRefreshRequired',
]);
const CONFLICT = new Set([
  'ConflictException',
  'HostedZoneAlreadyExists',
  'ConflictingDomainExists',
  'ResourceShareInvitationAlreadyAcceptedException',
  'ResourceShareInvitationAlreadyRejectedException',
  'InvalidStateTransitionException',
  'IdempotentParameterMismatchException',
]);
const UNAVAILABLE = new Set([
  'ServiceUnavailableException',
  'ServiceUnavailable',
  'InternalFailure',
  'InternalError',
  'ServerInternalException',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'TimeoutError',
]);

function classify(code: string, status: number | undefined): ConsoleErrorKind {
  if (THROTTLE.has(code) || status === 429) return 'throttled';
  if (CREDENTIALS.has(code)) return 'credentials';
  if (FORBIDDEN.has(code) || status === 403) return 'forbidden';
  if (code === 'LimitExceededException') return 'throttled';
  if (CONFLICT.has(code) || status === 409) return 'conflict';
  if (/NotFound/i.test(code) || code === 'NoSuchHostedZone' || code === 'UnknownResourceException' || status === 404)
    return 'not-found';
  if (UNAVAILABLE.has(code) || (status !== undefined && status >= 500)) return 'unavailable';
  if (status !== undefined && status >= 400 && status < 500) return 'invalid-input';
  return 'unknown';
}

/** AWS names the missing permission in messages like "... is not authorized to perform: apigateway:PATCH on resource: arn:...". */
function missingPermission(message: string): { action?: string; resource?: string } {
  // The resource ends at whitespace or at sentence punctuation before whitespace: ARNs of domains contain dots.
  const m = /not authorized to perform:?\s*([\w-]+:[\w*-]+)(?:\s+on resource:?\s*(\S+?))?(?=[.,)]?(?:\s|$))/i.exec(
    message,
  );
  return m ? { action: m[1], resource: m[2] } : {};
}

function retryAfter(err: Record<string, unknown>): number | undefined {
  const headers = (err.$response as { headers?: Record<string, string> } | undefined)?.headers;
  const raw = headers?.['retry-after'] ?? (err.retryAfterSeconds as string | undefined);
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Turns anything thrown by the SDK (or the network) into a message an operator can act on. */
export function toConsoleError(error: unknown, hint: ErrorHint = {}): ConsoleError {
  const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as Record<
    string,
    unknown
  >;
  const text = (...values: unknown[]) => {
    const found = values.find((v) => typeof v === 'string' || typeof v === 'number');
    return found === undefined ? undefined : String(found);
  };
  const code = text(err.name, err.code, err.Code) ?? 'Error';
  const netCode = typeof err.code === 'string' && UNAVAILABLE.has(err.code) ? err.code : undefined;
  const status = (err.$metadata as { httpStatusCode?: number } | undefined)?.httpStatusCode;
  const awsMessage = (text(err.message, err.Message) ?? '').trim();
  const kind = netCode ? 'unavailable' : classify(code, status);
  const what = hint.operation ? `${hint.operation}${hint.resource ? ` on ${hint.resource}` : ''}` : 'The request';
  const base = { kind, code: netCode ?? code, field: hint.field };

  // The SDK could not parse the answer (e.g. an HTML 404 page): the endpoint does not speak this operation, which
  // happens with partial emulators such as moto or LocalStack, or with a wrong AWS_ENDPOINT_URL.
  if ('$responseBodyText' in err || /Deserialization error/.test(awsMessage)) {
    return {
      kind: 'unavailable',
      code: 'UnparseableResponse',
      field: hint.field,
      title: 'Not an AWS answer',
      message: `${what} got a response that is not a valid AWS answer${status ? ` (HTTP ${status})` : ''}. The endpoint may not implement this operation (moto and LocalStack cover only part of these APIs) or AWS_ENDPOINT_URL points at something else.`,
    };
  }

  switch (kind) {
    case 'throttled': {
      const seconds = retryAfter(err);
      return {
        ...base,
        title: 'AWS is throttling this account',
        message: `${what} was throttled by AWS (${code}). API Gateway allows 10 control-plane requests per second per account and Region, and one domain name change per 30 seconds. ${seconds ? `Try again in ${seconds} s.` : 'Wait a moment and try again.'}`,
        retryAfterSeconds: seconds,
      };
    }
    case 'forbidden': {
      const named = missingPermission(awsMessage);
      const action = named.action ?? hint.action;
      const resource = named.resource ?? hint.resource;
      return {
        ...base,
        title: 'Access denied',
        message: action
          ? `This role lacks ${action}${resource ? ` on ${resource}` : ''}. Ask your AWS administrator to allow it, or switch to a context that has it.`
          : `${what} was denied (${code}). The current role is missing a permission for this call.`,
      };
    }
    case 'credentials':
      return {
        ...base,
        title: 'No usable credentials',
        message: `${what} could not be signed: the credentials of this context are missing, expired or invalid (${code}). Refresh them (e.g. "aws sso login --profile …") or pick another context.`,
      };
    case 'not-found':
      return {
        ...base,
        title: 'Not found',
        message: `${what} found nothing: ${awsMessage || code}. It may have been deleted, or it belongs to another account or Region.`,
      };
    case 'conflict':
      return { ...base, title: 'Conflict', message: `${what} conflicts with what exists: ${awsMessage || code}.` };
    case 'invalid-input':
      return {
        ...base,
        title: 'AWS rejected the input',
        message: awsMessage
          ? `${awsMessage}${hint.field ? ` (field: ${hint.field})` : ''}`
          : `${what} was rejected as invalid (${code}).`,
      };
    case 'unavailable':
      // A 5xx is an answer from the service; only a network error means AWS (or the emulator) was not reached.
      return status !== undefined && !netCode
        ? {
            ...base,
            title: 'AWS service error',
            message: `${what} failed on the AWS side (${code}, HTTP ${status}). Try again in a moment; if it was a change, check whether it was applied before repeating it.`,
          }
        : {
            ...base,
            title: 'AWS endpoint unavailable',
            message: `${what} could not reach AWS (${netCode ?? code}). Check the network or, with the emulator, that it is running (npm start starts it).`,
          };
    default:
      return {
        ...base,
        title: 'Unexpected error',
        message: `${what} failed (${code})${awsMessage ? `: ${awsMessage}` : ''}.`,
      };
  }
}
