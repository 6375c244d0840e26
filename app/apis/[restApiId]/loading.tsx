import { DetailLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <DetailLoading
      what="private API"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'Private REST APIs', href: '/apis' },
      ]}
    />
  );
}
