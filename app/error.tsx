'use client';

import Link from '@cloudscape-design/components/link';
import { RouteFailure } from '@/components/shell/route-failure';

/** A page whose rendering failed, inside the console's frame: the header still switches account and Region. */
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteFailure
      title="This page could not be shown"
      error={error}
      retry={retry}
      advice={
        <>
          Try again: a throttled or interrupted AWS call often succeeds the second time. If it keeps failing, check the
          banner above (target, account, Region) and that the console can reach AWS, then look for the reference below
          in the console&apos;s server log. Nothing was changed by showing this page; <Link href="/">the overview</Link>{' '}
          still lists everything else.
        </>
      }
    />
  );
}
