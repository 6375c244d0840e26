'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { AuthorizationSource } from '@/lib/invoke-ui/answer';

function label(type: string): string {
  return type === 'NONE' ? 'no authorization (NONE)' : type;
}

/** Where the method's authorization type came from, and what it means for the snippets. Props: `authorization`. */
export function AuthorizationNote({ authorization: a }: { authorization: AuthorizationSource }) {
  switch (a.source) {
    case 'operator':
      return <Box variant="p">Method authorization: {label(a.type)}, as chosen in the client situation.</Box>;
    case 'method':
      return (
        <Box variant="p">
          Method authorization: <b>{label(a.type)}</b> — read from {a.method.httpMethod} {a.method.resourcePath} of API{' '}
          {a.apiId}.{a.type === 'AWS_IAM' && ' Requests must be SigV4-signed; the signed snippets come first.'}
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
    case 'assumed':
      return (
        <Box variant="p" color="text-body-secondary">
          This account cannot read the API behind the target, so the method&apos;s authorization is assumed to be none.
          If the provider says it is AWS_IAM, choose IAM in the client situation to get signed snippets.
        </Box>
      );
  }
}
