import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from '../core/state';
import type { EmulatorResponse } from '../core/types';
import { entry } from '../core/entry';
import { accountFromAccessKey } from '../core/sigv4';
import { assumedRoleArn } from '../services/sts/sessions';
import { gatewayError } from './answers';

/**
 * Secrets the data plane verifies signatures against: base credentials (any access key id; a 12-digit one is the
 * account) use `emulator`, what the console signs with (lib/aws/credentials.ts); AssumeRole sessions use the secret
 * STS issued (`emulator-secret`) and must send their session token.
 */
export const BASE_SECRET_ACCESS_KEY = 'emulator';
const SESSION_SECRET_ACCESS_KEY = 'emulator-secret';
/** SigV4 requests older or newer than this are refused (AWS: 5 minutes). */
const MAX_SKEW_MS = 5 * 60 * 1000;

export interface SignedRequest {
  method: string;
  /** Path as sent (still percent-encoded), without the query. */
  rawPath: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'iam'; accountId: string; arn: string; accessKeyId: string; roleArn?: string }
  | { kind: 'refused'; response: EmulatorResponse };

const AUTH = /^AWS4-HMAC-SHA256\s+(.*)$/s;

/**
 * Who is calling, from the Authorization header (docs/aws/policies.md#vpc-endpoint-policy; AWS "VPC endpoint policy
 * considerations"): no header or a non-SigV4 one (a bearer token) → anonymous; a valid SigV4 signature → the IAM
 * identity; an invalid one → refused with API Gateway's signature error.
 */
export function identify(state: EmulatorState, req: SignedRequest, region: string, now: Date): Identity {
  const authorization = req.headers.authorization;
  if (!authorization) return { kind: 'anonymous' };
  const sigv4 = AUTH.exec(authorization.trim());
  if (!sigv4) return { kind: 'anonymous' };
  const parts = Object.fromEntries(
    sigv4[1].split(/,\s*/).map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
    }),
  ) as Record<string, string | undefined>;
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((k) => !parts[k]);
  if (missing.length > 0) {
    return refused(
      'IncompleteSignatureException',
      `${missing.map((k) => `Authorization header requires '${k}' parameter.`).join(' ')} Authorization=${authorization}`,
    );
  }
  const [accessKeyId, date, scopeRegion, service, terminator] = (parts.Credential ?? '').split('/');
  if (!accessKeyId || !date || terminator !== 'aws4_request') {
    return refused(
      'IncompleteSignatureException',
      `Credential is not of the form AKID/date/region/service/aws4_request.`,
    );
  }
  if (service !== 'execute-api') {
    return refused('InvalidSignatureException', `Credential should be scoped to correct service: 'execute-api'. `);
  }
  if (scopeRegion !== region) {
    return refused(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${scopeRegion}'. `,
    );
  }
  const amzDate = header(req.headers, 'x-amz-date');
  const signedAt = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!amzDate || signedAt === undefined) {
    return refused(
      'IncompleteSignatureException',
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
    );
  }
  if (Math.abs(now.getTime() - signedAt) > MAX_SKEW_MS) {
    const earlier = signedAt < now.getTime();
    const bound = amz(new Date(now.getTime() + (earlier ? -MAX_SKEW_MS : MAX_SKEW_MS)));
    return refused(
      'InvalidSignatureException',
      `Signature ${earlier ? 'expired' : 'not yet current'}: ${amzDate} is now ${earlier ? 'earlier' : 'later'} than ${bound} (${amz(now)} ${earlier ? '-' : '+'} 5 min.)`,
    );
  }

  const token = header(req.headers, 'x-amz-security-token');
  let secret = BASE_SECRET_ACCESS_KEY;
  let arn = `arn:aws:iam::${accountFromAccessKey(accessKeyId)}:user/emulator-user`;
  let roleArn: string | undefined;
  if (token) {
    const session = entry(state.sts.sessions, token);
    if (!session || session.accessKeyId !== accessKeyId) {
      return refused('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    if (Date.parse(session.expiration) <= now.getTime()) {
      return refused('ExpiredTokenException', 'The security token included in the request is expired');
    }
    secret = SESSION_SECRET_ACCESS_KEY;
    arn = assumedRoleArn(session);
    roleArn = session.roleArn;
  }

  const signedHeaders = (parts.SignedHeaders ?? '').split(';');
  const canonical = canonicalRequest(req, signedHeaders);
  const scope = `${date}/${scopeRegion}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), scopeRegion), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
  if (!sameHex(expected, parts.Signature ?? '')) {
    return refused(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access ' +
        'Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this ' +
        `request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
    );
  }
  return { kind: 'iam', accountId: accountFromAccessKey(accessKeyId), arn, accessKeyId, roleArn };
}

/** The canonical request of AWS "Create a canonical request" (non-S3: the path as sent is URI-encoded again). */
function canonicalRequest(req: SignedRequest, signedHeaders: string[]): string {
  const canonicalUri = (req.rawPath || '/')
    .split('/')
    .map((segment) => strictEncode(segment))
    .join('/');
  const canonicalQuery = req.rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p): [string, string] => {
      const i = p.indexOf('=');
      const [k, v] = i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
      return [strictEncode(safeDecode(k)), strictEncode(safeDecode(v))];
    })
    .sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = signedHeaders
    .map((h) => `${h}:${(header(req.headers, h) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const payloadHash = header(req.headers, 'x-amz-content-sha256') ?? sha256(req.body);
  return [req.method, canonicalUri, canonicalQuery, canonicalHeaders, signedHeaders.join(';'), payloadHash].join('\n');
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

function refused(errorType: string, message: string): Identity {
  return { kind: 'refused', response: gatewayError(403, errorType, message) };
}

const strictEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, '%20'));
  } catch {
    return s;
  }
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : undefined;
}

function amz(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
