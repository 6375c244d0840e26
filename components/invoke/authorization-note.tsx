'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { MethodAuthorization } from '@/lib/invoke/types';
import type { AuthorizationSource } from '@/lib/invoke-ui/answer';

function label(type: string): string {
  return type === 'NONE' ? 'no authorization (NONE)' : type;
}

/** The authorizer and API key part, as the operator needs it to get a credential. */
function detail(auth: MethodAuthorization): string {
  if (!auth.known) return '';
  const parts: string[] = [];
  const a = auth.authorizer;
  if (a?.type === 'COGNITO_USER_POOLS') parts.push(`Cognito user pool authorizer${a.name ? ` ${a.name}` : ''}`);
  if (a?.type === 'TOKEN') parts.push(`Lambda TOKEN authorizer${a.name ? ` ${a.name}` : ''}`);
  if (a?.type === 'REQUEST') parts.push(`Lambda REQUEST authorizer${a.name ? ` ${a.name}` : ''}`);
  if (a?.identitySource) parts.push(`identity sources ${a.identitySource}`);
  if (auth.apiKeyRequired) parts.push('API key required (x-api-key)');
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** Where the method's authorization came from, and what it means for the snippets. Props: `authorization`. */
export function AuthorizationNote({ authorization: a }: { authorization: AuthorizationSource }) {
  switch (a.source) {
    case 'operator':
      return (
        <Box variant="p" data-testid="method-authorization">
          Method authorization: {label(a.type)}
          {detail(a.authorization)}, as chosen in the client situation.
        </Box>
      );
    case 'method':
      return (
        <Box variant="p" data-testid="method-authorization">
          Method authorization: <b>{label(a.type)}</b>
          {detail(a.authorization)} — read from {a.method.httpMethod} {a.method.resourcePath} of API {a.apiId}.
          {a.type === 'AWS_IAM' && ' Requests must be SigV4-signed; the signed snippets come first.'}
          {a.type !== 'AWS_IAM' &&
            detail(a.authorization) !== '' &&
            ' The snippets carry placeholders for the credentials: replace them.'}
        </Box>
      );
    case 'no-method':
      return (
        <Alert type="warning" header="No method matches this request" data-testid="no-method">
          No resource and method of API {a.apiId} match this request, so API Gateway answers 403 &quot;Missing
          Authentication Token&quot; whatever the URL form. Check the method and path (for a domain: the path after the
          base path).
        </Alert>
      );
    case 'unknown':
      return (
        <Alert type="info" header="Method authorization not known" data-testid="method-authorization">
          This account cannot read the API behind the target, so how the method authorizes is unknown — not assumed to
          be none. Ask the provider, then choose it under Method authorization (none, AWS_IAM, Cognito user pool, Lambda
          TOKEN or REQUEST authorizer, API key): the snippets then carry the header it needs.
        </Alert>
      );
  }
}
