import type { IncomingHttpHeaders } from 'node:http';

export interface CredentialScope {
  accessKeyId: string;
  region: string;
  service: string;
}

const DEFAULT_ACCOUNT = '000000000000';

/**
 * The credential scope of a SigV4-signed request (`Authorization: AWS4-HMAC-SHA256 Credential=AKID/date/region/
 * service/aws4_request, …` or a presigned `X-Amz-Credential`). Signatures are never verified: the emulator only
 * needs to know which service, Region and account a request is for.
 */
export function credentialScope(headers: IncomingHttpHeaders, query: URLSearchParams): CredentialScope | undefined {
  const authorization = headers.authorization ?? '';
  const fromHeader = /Credential=([^,\s]+)/.exec(authorization)?.[1];
  const credential = fromHeader ?? query.get('X-Amz-Credential') ?? undefined;
  if (!credential) return undefined;
  const [accessKeyId, , region, service, terminator] = credential.split('/');
  if (!accessKeyId || !region || !service || terminator !== 'aws4_request') return undefined;
  return { accessKeyId, region, service };
}

/** LocalStack convention: a 12-digit access key id *is* the account id. */
export function accountFromAccessKey(accessKeyId: string): string {
  return /^\d{12}$/.test(accessKeyId) ? accessKeyId : DEFAULT_ACCOUNT;
}
