'use client';

import { useTransition } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import AppLayout from '@cloudscape-design/components/app-layout';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import type { Section } from '@/lib/result';
import type { CallerIdentity } from '@/lib/model/identity';
import { switchContext, switchRegion } from '@/lib/actions/context';
import { runAction } from '@/lib/actions/action-result';
import { TargetBanner } from './target-banner';
import { userMenuItems } from './user-menu';
import { useAccess } from '@/components/common/access';

export interface ShellContext {
  id: string;
  label: string;
  description: string;
}

interface Props {
  target: 'emulator' | 'aws';
  endpoint?: string;
  contexts: ShellContext[];
  currentContextId: string;
  region: string;
  regions: string[];
  /** Started by the layout and not awaited: the shell and the page paint before STS answers. */
  identity: Promise<Section<CallerIdentity>>;
  children: React.ReactNode;
}

const NAV_ITEMS = [
  { type: 'link' as const, text: 'Overview', href: '/' },
  { type: 'divider' as const },
  { type: 'link' as const, text: 'Private REST APIs', href: '/apis' },
  { type: 'link' as const, text: 'VPC endpoints', href: '/vpc-endpoints' },
  { type: 'link' as const, text: 'Custom domain names', href: '/domains' },
  { type: 'link' as const, text: 'Sharing (RAM)', href: '/sharing' },
  { type: 'divider' as const },
  { type: 'link' as const, text: 'Invoke URLs', href: '/invoke' },
];

const ADMIN_NAV_ITEMS = [{ type: 'divider' as const }, { type: 'link' as const, text: 'Audit trail', href: '/audit' }];

/** Pages without a nav entry of their own, under the entry they are reached from. */
const NAV_PARENTS: Readonly<Record<string, string>> = { '/diagnose': '/invoke' };

function activeHref(pathname: string): string {
  const parent = Object.entries(NAV_PARENTS).find(([prefix]) => pathname.startsWith(prefix));
  if (parent) return parent[1];
  const match = [...NAV_ITEMS, ...ADMIN_NAV_ITEMS].filter(
    (i) => i.type === 'link' && i.href !== '/' && pathname.startsWith(i.href),
  );
  return match.length ? (match[0] as { href: string }).href : '/';
}

export function ConsoleShell({ children, ...bar }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const access = useAccess();

  return (
    <>
      <TopBar {...bar} />
      <AppLayout
        headerSelector="#top-nav"
        toolsHide
        ariaLabels={{
          navigation: 'Side navigation',
          navigationToggle: 'Open side navigation',
          navigationClose: 'Close side navigation',
          notifications: 'Notifications',
        }}
        navigation={
          <SideNavigation
            header={{ href: '/', text: 'Private domains' }}
            activeHref={activeHref(pathname)}
            items={access.isAdmin ? [...NAV_ITEMS, ...ADMIN_NAV_ITEMS] : NAV_ITEMS}
            onFollow={(e) => {
              e.preventDefault();
              router.push(e.detail.href);
            }}
          />
        }
        content={children}
      />
    </>
  );
}

/**
 * Rendered once: only the account in the banner waits for STS (its own Suspense boundary), so the header never
 * swaps a fallback bar for a second one.
 */
function TopBar({ target, endpoint, contexts, currentContextId, region, regions, identity }: Omit<Props, 'children'>) {
  const [pending, startTransition] = useTransition();
  const current = contexts.find((c) => c.id === currentContextId);
  const access = useAccess();

  // The action refreshes the page itself once the cookie is set.
  const choose = (change: () => Promise<unknown>) =>
    startTransition(async () => {
      await change();
    });

  const contextLabel = current?.label ?? currentContextId;
  const accountText = pending ? 'Switching…' : contextLabel;

  return (
    <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
      <TargetBanner
        target={target}
        endpoint={endpoint}
        contextLabel={contextLabel}
        identity={identity}
        region={region}
      />
      <TopNavigation
        identity={{ href: '/', title: 'Private Domains Console' }}
        i18nStrings={{
          overflowMenuTriggerText: 'More',
          overflowMenuTitleText: 'All',
          overflowMenuBackIconAriaLabel: 'Back',
          overflowMenuDismissIconAriaLabel: 'Close menu',
        }}
        utilities={[
          {
            type: 'menu-dropdown',
            text: accountText,
            iconName: 'user-profile',
            // The accessible name starts with what the button shows (WCAG 2.5.3) and says what it switches.
            ariaLabel: `${accountText}, account context`,
            title: 'Account context',
            items: contexts.map((c) => ({
              id: c.id,
              text: c.label,
              secondaryText: c.description,
              checked: c.id === currentContextId,
            })),
            onItemClick: ({ detail }) => choose(() => runAction(switchContext, { contextId: detail.id })),
          },
          {
            type: 'menu-dropdown',
            text: region,
            iconName: 'globe',
            ariaLabel: `${region}, Region`,
            title: 'Region',
            items: regions.map((r) => ({ id: r, text: r, checked: r === region })),
            onItemClick: ({ detail }) => choose(() => runAction(switchRegion, { region: detail.id })),
          },
          ...userMenuItems(access),
        ]}
      />
    </div>
  );
}
