'use client';

import { useSearchParams } from 'next/navigation';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { InternalLink } from '@/components/common/internal-link';

/** For an AWS_IAM method the console cannot see the client: the operator says whether it signs (`signed=`). */
export function SignedQuestion() {
  const params = useSearchParams();
  // Answered: what remains unknown is the signer's identity policy, which no account context shows.
  if (params.has('signed')) return null;
  const answer = (signed: 'yes' | 'no') => {
    const next = new URLSearchParams(params.toString());
    next.set('signed', signed);
    return `/diagnose?${next.toString()}`;
  };
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Box>The method uses AWS_IAM. Does the client sign its requests with SigV4?</Box>
      <InternalLink href={answer('yes')}>Yes, it signs</InternalLink>
      <InternalLink href={answer('no')}>No, it sends them unsigned</InternalLink>
    </SpaceBetween>
  );
}
