import { describe, expect, it } from 'vitest';
import { hasAnyRole, isAdminAnywhere, roleIn, type RoleMap } from './roles';

const map: RoleMap = {
  'platform-admins': { '*': 'admin' },
  'payments-team': { 'payments-prod': 'operator', '*': 'viewer' },
  auditors: { 'payments-prod': 'viewer' },
};

describe('roleIn', () => {
  it.each([
    [['payments-team'], 'payments-prod', 'operator'],
    [['payments-team'], 'sandbox', 'viewer'],
    [['auditors'], 'payments-prod', 'viewer'],
    [['auditors'], 'sandbox', undefined],
    [['auditors', 'payments-team'], 'payments-prod', 'operator'],
    [['payments-team', 'platform-admins'], 'payments-prod', 'admin'],
    [[], 'payments-prod', undefined],
    [['unknown'], 'payments-prod', undefined],
  ])('%j in %s → %s', (groups, context, role) => {
    expect(roleIn(map, groups, context)).toBe(role);
  });

  it('knows who may see anything at all and who is admin', () => {
    expect(hasAnyRole(map, ['auditors'])).toBe(true);
    expect(hasAnyRole(map, ['nobody'])).toBe(false);
    expect(isAdminAnywhere(map, ['platform-admins'])).toBe(true);
    expect(isAdminAnywhere(map, ['payments-team'])).toBe(false);
  });
});
