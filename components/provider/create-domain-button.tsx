'use client';

import { useRouter } from 'next/navigation';
import Button from '@cloudscape-design/components/button';
import { useCanMutate } from '@/components/common/access';

export function CreateDomainButton() {
  const router = useRouter();
  const mutate = useCanMutate();
  return (
    <Button
      variant="primary"
      disabled={!mutate.allowed}
      disabledReason={mutate.reason}
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
