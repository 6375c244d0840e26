'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';

/**
 * What `error.tsx` and `global-error.tsx` show. Server errors reach the browser without their message (Next.js keeps
 * it in the server log), so the page says where to look and hands over the digest that finds the log line.
 * Props: `title`, `advice` (what to check), `error` (the thrown value), `retry`.
 */
export function RouteFailure({
  title,
  advice,
  error,
  retry,
}: {
  title: string;
  advice: React.ReactNode;
  error: unknown;
  retry: () => void;
}) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : '';
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{title}</Header>
      <Alert
        type="error"
        header="Something failed while loading this page"
        action={<Button onClick={retry}>Try again</Button>}
        data-testid="route-failure"
      >
        <SpaceBetween size="xs">
          <div>{advice}</div>
          {digest && (
            <Box variant="small">
              Reference for the console&apos;s server log: <Box variant="code">{digest}</Box>
            </Box>
          )}
        </SpaceBetween>
      </Alert>
    </SpaceBetween>
  );
}
