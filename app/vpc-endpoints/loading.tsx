import { PageLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <PageLoading
      title="VPC endpoints"
      what="endpoints"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'VPC endpoints', href: '/vpc-endpoints' },
      ]}
    />
  );
}
