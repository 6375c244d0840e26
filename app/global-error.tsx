'use client';

import '@/styles/cloudscape-global-styles.css';
import Box from '@cloudscape-design/components/box';
import { RouteFailure } from '@/components/shell/route-failure';

/**
 * The console's frame itself failed (account contexts, Region list, configuration), so this replaces the root layout
 * and has no header to switch from.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Private Domains Console: could not start</title>
        <Box padding="l">
          <RouteFailure
            title="The console could not start"
            error={error}
            retry={retry}
            advice={
              <>
                The console&apos;s frame (account contexts, Regions, configuration) failed to load. The console&apos;s
                server log names the cause: a wrong environment variable is listed there with its fix (see the
                README&apos;s Configuration table), and an unreadable AWS profile names the file. Fix it, restart the
                console, then try again.
              </>
            }
          />
        </Box>
      </body>
    </html>
  );
}
