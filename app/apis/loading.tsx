import { PageLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <PageLoading
      title="Private REST APIs"
      what="private APIs"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'Private REST APIs', href: '/apis' },
      ]}
    />
  );
}
