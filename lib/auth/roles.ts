import { z } from 'zod';
import type { Role } from '@/lib/model/access';

export const ROLES = ['viewer', 'operator', 'admin'] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** `{"platform-admins": {"*": "admin"}, "payments-team": {"payments-prod": "operator", "*": "viewer"}}` */
export const roleMapSchema = z.record(
  z.string().min(1, 'a group name is empty'),
  z.record(z.string().min(1, 'a context id is empty'), z.enum(ROLES)),
);
export type RoleMap = z.infer<typeof roleMapSchema>;

export function atLeast(role: Role | undefined, wanted: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[wanted];
}

/** The strongest role any of the user's groups grants in the context: an exact context id wins over "*". */
export function roleIn(map: RoleMap, groups: readonly string[], contextId: string): Role | undefined {
  let best: Role | undefined;
  for (const group of groups) {
    const perContext = map[group] as Record<string, Role> | undefined;
    const role = perContext?.[contextId] ?? perContext?.['*'];
    if (role && !atLeast(best, role)) best = role;
  }
  return best;
}

/** The groups that grant at least viewer somewhere: what a refused user is told to ask for. */
export function grantingGroups(map: RoleMap): string[] {
  return Object.keys(map).sort();
}

/** Whether the user's groups grant anything at all (the 403 page otherwise). */
export function hasAnyRole(map: RoleMap, groups: readonly string[]): boolean {
  return groups.some((g) => Object.keys(map[g] ?? {}).length > 0);
}

/** Admin in any context: the audit page shows this server's whole file. */
export function isAdminAnywhere(map: RoleMap, groups: readonly string[]): boolean {
  return groups.some((g) => Object.values(map[g] ?? {}).includes('admin'));
}
