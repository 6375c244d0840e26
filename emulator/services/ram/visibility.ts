import type { EmulatorState } from '../../core/state';
import { grantedAccounts } from './principals';
import { allShares, type ShareRecord } from './state';

export type ResourceOwner = 'SELF' | 'OTHER-ACCOUNTS';

/**
 * Shares seen from `account` in `region`: its own (SELF), or other accounts' ACTIVE shares that grant it
 * through an ASSOCIATED principal, i.e. after the invitation was accepted or auto-accepted (OTHER-ACCOUNTS).
 */
export function visibleShares(
  state: EmulatorState,
  account: string,
  region: string,
  owner: ResourceOwner,
): ShareRecord[] {
  return [...allShares(state.ram)].filter((share) => {
    if (share.region !== region) return false;
    if (owner === 'SELF') return share.owningAccountId === account;
    return (
      share.owningAccountId !== account &&
      share.status === 'ACTIVE' &&
      share.principals.some((p) => grantedAccounts(p, share.owningAccountId, state.organization).includes(account))
    );
  });
}
