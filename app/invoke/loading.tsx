import { PageLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <PageLoading
      title="Invoke URLs"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'Invoke URLs', href: '/invoke' },
      ]}
      what="invoke forms"
    />
  );
}
