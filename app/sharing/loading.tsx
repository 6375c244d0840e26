import { PageLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <PageLoading
      title="Sharing (RAM)"
      what="resource shares"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'Sharing (RAM)', href: '/sharing' },
      ]}
    />
  );
}
