'use client';

import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useRouter } from 'next/navigation';

/** A Cloudscape link to a console page that navigates client-side. Props: `href`, `children`, optional `variant`/`fontSize`. */
export function InternalLink({
  href,
  children,
  variant,
  fontSize,
}: {
  href: string;
  children: React.ReactNode;
  variant?: LinkProps['variant'];
  fontSize?: LinkProps['fontSize'];
}) {
  const router = useRouter();
  // Short link texts are ids or names: keep them on one line so narrow columns do not break them mid-word.
  const short = typeof children === 'string' && children.length <= 40;
  const link = (
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
  return short ? <span style={{ whiteSpace: 'nowrap' }}>{link}</span> : link;
}
