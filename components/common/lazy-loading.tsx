'use client';

import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** What a panel loaded with `next/dynamic` shows while its code downloads (the first time its tab opens). */
export function LazyLoading() {
  return <StatusIndicator type="loading">Loading…</StatusIndicator>;
}
