'use client';

import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useRouter } from 'next/navigation';

/** A Cloudscape link to a console page that navigates client-side. Props: `href`, `children`, optional `variant`/`fontSize`. */
export function InternalLink({ href, children, variant, fontSize }: { href: string; children: React.ReactNode; variant?: LinkProps['variant']; fontSize?: LinkProps['fontSize'] }) {
  const router = useRouter();
  return (
    <Link
      href={href}
      variant={variant}
      fontSize={fontSize}
      onFollow={(e) => {
        e.preventDefault();
        router.push(href);
      }}
    >
      {children}
    </Link>
  );
}
