import { PageLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <PageLoading
      title="Create private custom domain"
      what="certificates and domains"
      breadcrumbs={[
        { text: 'Custom domain names', href: '/domains' },
        { text: 'Create', href: '/domains/new' },
      ]}
    />
  );
}
