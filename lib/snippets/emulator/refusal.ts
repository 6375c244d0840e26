/**
 * Which link refused a call, when API Gateway's error body says so (docs/aws/url-forms.md#failure-modes): the
 * endpoint policy and the resource in an AccessDeniedException message name it; other bodies do not.
 */
export function refusingLink(status: number, body: string): string | undefined {
  if (status < 400) return undefined;
  if (/no VPC endpoint policy allows/i.test(body)) return 'VPC endpoint policy';
  if (/explicit deny in a VPC endpoint policy/i.test(body)) return 'VPC endpoint policy (explicit deny)';
  const resource = /not authorized to perform: execute-api:Invoke on resource: (\S+?)(?:"| with| because|$)/.exec(body);
  if (resource) {
    const explicit = /with an explicit deny/.test(body) ? ' (explicit deny)' : '';
    return `${resource[1].includes(':/domainnames/') ? 'Domain policy' : 'API resource policy'}${explicit}`;
  }
  if (/Missing Authentication Token/i.test(body)) return 'Stage or resource (no such stage or route, or unsigned)';
  if (/signature we calculated does not match|Authorization header requires|security token/i.test(body))
    return 'Method authorization (SigV4)';
  return undefined;
}
