import type { AuthorizationType, ClientSituation, FormId } from '../types';

const HOST_OVERRIDE: ReadonlySet<FormId> = new Set(['A2', 'B2']);

/**
 * Why a form cannot be used by this kind of client at all, independent of configuration (docs/aws/url-forms.md#calling-a-private-rest-api notes,
 * gotchas 22–23). Configuration problems are prerequisites instead, because the operator can fix them.
 */
export function notApplicableReason(
  id: FormId,
  situation: ClientSituation,
  auth: AuthorizationType,
): string | undefined {
  if (situation.location === 'internet') {
    return 'Private APIs and private custom domains have no public entry point: call from a VPC, or from on premises over Direct Connect/VPN into a VPC with an execute-api endpoint.';
  }
  if (situation.client === 'browser' && HOST_OVERRIDE.has(id)) {
    return 'Browsers cannot set the Host header. Use the private DNS name, the alias or the custom domain — or call from the server side.';
  }
  if (situation.client === 'browser' && id === 'A3') {
    return 'x-apigw-api-id is a non-simple header: the browser sends a CORS preflight without it, which API Gateway cannot route. Use the private DNS name or the alias.';
  }
  if (auth === 'AWS_IAM' && HOST_OVERRIDE.has(id)) {
    return id === 'A2'
      ? 'AWS_IAM method: SigV4 signs the URL host, so a Host override breaks the signature. Use the x-apigw-api-id form (A3) to go through the endpoint hostname.'
      : 'AWS_IAM method: SigV4 signs the URL host, so a Host override breaks the signature. Use the custom domain name (B1).';
  }
  return undefined;
}
