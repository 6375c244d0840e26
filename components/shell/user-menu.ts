import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import type { Access } from '@/lib/model/access';

/** The header's user menu: who is signed in, their role here, and sign out (absent without sign-in). */
export function userMenuItems(access: Access): TopNavigationProps.Utility[] {
  if (access.mode === 'none') return [];
  const who = access.user.name ?? access.user.email ?? access.user.sub;
  return [
    {
      type: 'menu-dropdown',
      text: who,
      description: `${access.user.email ?? access.user.sub} · ${access.role ?? 'no role'}`,
      iconName: 'user-profile-active',
      ariaLabel: 'User menu',
      title: 'User',
      items: [
        { id: 'role', text: `Role here: ${access.role ?? 'none'}`, disabled: true },
        { id: 'signout', text: 'Sign out', href: '/auth/signout' },
      ],
    },
  ];
}
