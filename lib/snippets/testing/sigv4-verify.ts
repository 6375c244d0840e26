/**
 * Test-only, independent SigV4 verifier (AWS "Create a canonical request" rules, written from the spec, not from
 * botocore): recomputes the signature from what the server received. Path segments are URI-encoded again
 * (non-S3 services); the query is decoded and re-encoded strictly and sorted.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Received } from './server';

const strict = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

export interface SigV4Check {
  valid: boolean;
  signedHeaders: string[];
  scope: string;
}

export function verifySigV4(r: Received, secretKey: string): SigV4Check {
  const auth = String(r.headers.authorization ?? '');
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return { valid: false, signedHeaders: [], scope: '' };
  const [, , date, region, service, signedHeaderList, signature] = m;
  const signedHeaders = signedHeaderList.split(';');
  const [rawPath, rawQuery = ''] = r.target.split(/\?(.*)/s);
  const canonicalUri = rawPath
    .split('/')
    .map((seg) => strict(seg))
    .join('/');
  const canonicalQuery = rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p): [string, string] => {
      // A parameter without "=" has an empty value.
      const [k, v = ''] = p.split(/=(.*)/s);
      return [strict(decodeURIComponent(k)), strict(decodeURIComponent(v))];
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = signedHeaders
    .map(
      (h) =>
        `${h}:${String(r.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [
    r.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaderList,
    sha256(r.body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', String(r.headers['x-amz-date']), scope, sha256(canonicalRequest)].join(
    '\n',
  );
  const key = hmac(hmac(hmac(hmac(`AWS4${secretKey}`, date), region), service), 'aws4_request');
  return { valid: createHmac('sha256', key).update(stringToSign).digest('hex') === signature, signedHeaders, scope };
}
