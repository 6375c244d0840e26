'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import { PageHeader, type Crumb } from './page-header';

/** What a route shows while its server component loads (used by `loading.tsx`). Props: `title`, `breadcrumbs`, `what` (plural noun). */
export function PageLoading({ title, breadcrumbs, what }: { title: string; breadcrumbs: Crumb[]; what: string }) {
  return (
    <SpaceBetween size="l">
      <PageHeader title={title} breadcrumbs={breadcrumbs} />
      <Table items={[]} columnDefinitions={[{ id: 'loading', header: '', cell: () => null }]} loading loadingText={`Loading ${what}`} header={<Header variant="h2">{what[0].toUpperCase() + what.slice(1)}</Header>} />
    </SpaceBetween>
  );
}
