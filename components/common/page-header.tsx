'use client';

import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouter } from 'next/navigation';

export interface Crumb {
  text: string;
  href: string;
}

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
  const router = useRouter();
  return (
    <SpaceBetween size="xs">
      <BreadcrumbGroup
        items={breadcrumbs}
        ariaLabel="Breadcrumbs"
        onFollow={(e) => {
          e.preventDefault();
          router.push(e.detail.href);
        }}
      />
      <Header variant="h1" description={description} actions={actions} counter={counter}>
        {title}
      </Header>
    </SpaceBetween>
  );
}
