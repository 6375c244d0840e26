'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { CorsVerdict } from '@/lib/invoke/types';

/** What a browser does with this request (preflight or not, and why) and what the API lacks. Props: `cors`, `formId`. */
export function CorsVerdictView({ cors, formId }: { cors: CorsVerdict; formId: string }) {
  const origin = cors.origin ?? 'the page (origin not given)';
  const testId = `cors-${formId}`;
  if (cors.sameOrigin)
    return (
      <Alert type="success" header="Browser: same origin" data-testid={testId}>
        The page at {origin} calls its own origin: no CORS applies.
      </Alert>
    );
  const what = cors.preflight
    ? `From ${origin} the browser first sends an OPTIONS preflight, because of ${cors.preflightReasons.join(', ')}; the request itself follows only if the preflight allows it.`
    : `From ${origin} this is a simple request: no preflight, but the response must still carry a matching Access-Control-Allow-Origin.`;
  return (
    <Alert
      type={cors.missing.length ? 'warning' : 'info'}
      header={cors.missing.length ? 'Browser (CORS): what the API lacks' : 'Browser (CORS)'}
      data-testid={testId}
    >
      <Box variant="p">{what}</Box>
      {cors.missing.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {cors.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
