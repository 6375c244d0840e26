import { DetailLoading } from '@/components/common/page-loading';

export default function Loading() {
  return (
    <DetailLoading
      what="VPC endpoint"
      breadcrumbs={[
        { text: 'Private domains', href: '/' },
        { text: 'VPC endpoints', href: '/vpc-endpoints' },
      ]}
    />
  );
}
