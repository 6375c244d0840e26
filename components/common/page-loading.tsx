'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import Header from '@cloudscape-design/components/header';
import Container from '@cloudscape-design/components/container';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Crumb } from './breadcrumbs';
import { PageHeader } from './page-header';

/**
 * What a route shows while its server component loads (used by `loading.tsx`). Props: `title`, `breadcrumbs`, `what`
 * (plural noun). A container, not an empty table: a loading file's code is part of every page below it, and a table
 * would add Cloudscape's Table to pages that show none.
 */
export function PageLoading({ title, breadcrumbs, what }: { title: string; breadcrumbs: Crumb[]; what: string }) {
  return (
    <SpaceBetween size="l">
      <PageHeader title={title} breadcrumbs={breadcrumbs} />
      <Container header={<Header variant="h2">{what[0].toUpperCase() + what.slice(1)}</Header>}>
        <StatusIndicator type="loading">Loading {what}</StatusIndicator>
      </Container>
    </SpaceBetween>
  );
}

/** Loading state of a detail page, whose title is not known until it loads. Props: `breadcrumbs` (parents), `what` (e.g. "private API"). */
export function DetailLoading({ breadcrumbs, what }: { breadcrumbs: Crumb[]; what: string }) {
  return (
    <SpaceBetween size="l">
      <PageHeader title={`Loading ${what}…`} breadcrumbs={[...breadcrumbs, { text: '…', href: '#' }]} />
      <Container>
        <StatusIndicator type="loading">Loading {what}</StatusIndicator>
      </Container>
    </SpaceBetween>
  );
}
