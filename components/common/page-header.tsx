'use client';

import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

/**
 * Breadcrumbs plus the page's h1. Props: `title`, `breadcrumbs` (the last one is the current page),
 * optional `description`, `actions` (buttons on the right) and `counter` (e.g. "(12)").
 */
export function PageHeader({
  title,
  breadcrumbs,
  description,
  actions,
  counter,
}: {
  title: string;
  breadcrumbs: Crumb[];
  description?: React.ReactNode;
  actions?: React.ReactNode;
  counter?: string;
}) {
  return (
    <SpaceBetween size="xs">
      <Breadcrumbs items={breadcrumbs} />
      <Header variant="h1" description={description} actions={actions} counter={counter}>
        {title}
      </Header>
    </SpaceBetween>
  );
}
