'use client';

import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useRouter } from 'next/navigation';

export interface Crumb {
  text: string;
  href: string;
}

/** Where the page sits, followed as client navigations. Props: `items` (the last one is the current page). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const router = useRouter();
  return (
    <BreadcrumbGroup
      items={items}
      ariaLabel="Breadcrumbs"
      onFollow={(e) => {
        e.preventDefault();
        router.push(e.detail.href);
      }}
    />
  );
}
