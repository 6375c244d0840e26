import { sessionIfSignedIn } from '@/lib/aws/session';
import { NotFoundPage } from '@/components/shell/not-found-page';

export default async function NotFound() {
  return <NotFoundPage signedIn={(await sessionIfSignedIn()) !== undefined} />;
}
