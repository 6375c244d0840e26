import { Suspense } from 'react';
import { getSession } from '@/lib/aws/session';
import { loadDomainListSections } from '@/lib/services/inventory/domains';
import { PageLoading } from '@/components/common/page-loading';
import { DomainsList } from '@/components/inventory/domains-list';
import { Deferred } from '@/components/inventory/deferred';
import { CreateDomainButton } from '@/components/provider/create-domain-button';

export default async function DomainsPage() {
  const session = await getSession();
  const { owned, shared } = loadDomainListSections(session);
  return (
    <Suspense
      fallback={
        <PageLoading
          title="Custom domain names"
          what="domain names"
          breadcrumbs={[
            { text: 'Private domains', href: '/' },
            { text: 'Custom domain names', href: '/domains' },
          ]}
        />
      }
    >
      <Deferred value={Promise.all([owned, shared])}>
        {([o, s]) => <DomainsList owned={o} shared={s} region={session.region} ownedActions={<CreateDomainButton />} />}
      </Deferred>
    </Suspense>
  );
}
