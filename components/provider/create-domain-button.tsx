'use client';

import { useRouter } from 'next/navigation';
import Button from '@cloudscape-design/components/button';

export function CreateDomainButton() {
  const router = useRouter();
  return (
    <Button
      variant="primary"
      href="/domains/new"
      onFollow={(e) => {
        e.preventDefault();
        router.push('/domains/new');
      }}
    >
      Create private domain
    </Button>
  );
}
