import type { AuthConfig } from './config';
import { atLeast, grantingGroups, isAdminAnywhere, roleIn } from './roles';
import type { Access, ConsoleUser, Role } from '@/lib/model/access';

/** The role in a context: without sign-in the local user is admin (the start-up check keeps that to loopback). */
export function roleFor(config: AuthConfig, user: ConsoleUser, contextId: string): Role | undefined {
  return config.mode === 'none' ? 'admin' : roleIn(config.roles, user.groups, contextId);
}

export function accessFor(config: AuthConfig, user: ConsoleUser, contextId: string): Access {
  const role = roleFor(config, user, contextId);
  const whyNot = config.readOnly
    ? 'The console runs in read-only mode (CONSOLE_READ_ONLY=true): no changes for anyone.'
    : atLeast(role, 'operator')
      ? undefined
      : `Your role in this account context is ${role ?? 'none'}; changes need operator (groups: ${
          operatorGroups(config, contextId).join(', ') || 'none configured'
        }).`;
  return {
    mode: config.mode,
    user: { sub: user.sub, email: user.email, name: user.name },
    role,
    canMutate: whyNot === undefined,
    whyNot,
    readOnly: config.readOnly,
    isAdmin: atLeast(role, 'admin'),
  };
}

/** Groups that grant operator or admin in the context: what the user can ask to be added to. */
export function operatorGroups(config: AuthConfig, contextId: string): string[] {
  return grantingGroups(config.roles).filter((g) => atLeast(roleIn(config.roles, [g], contextId), 'operator'));
}

/** The audit page shows this server's whole file: admins in any context (everyone local without sign-in). */
export function mayReadAudit(config: AuthConfig, user: ConsoleUser): boolean {
  return config.mode === 'none' || isAdminAnywhere(config.roles, user.groups);
}
