import { DetailLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <DetailLoading
      what="custom domain name"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'Custom domain names', href: '/domains' },
      ]}
    />
  );
}
