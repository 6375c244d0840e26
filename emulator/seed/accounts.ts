import { parseSeedSpec, type SeedSpec } from '../core/seedSpec';
import { ACCOUNTS } from './demo-ids';

/** Kept free of the services so the console can import it to offer a seed's accounts in its account switcher. */

export const scaleAccount = (index: number): string => String(100_000_000_001 + index);

/** The accounts a `scale:N` seed fills (the outside principals of N = 1 own nothing and are not listed). */
export function scaleAccounts(accounts: number): string[] {
  return Array.from({ length: accounts }, (_, i) => scaleAccount(i));
}

/** The accounts a seed fills with data, in a stable order. */
export function seedAccounts(seed: SeedSpec): string[] {
  if (seed.kind === 'demo') return [ACCOUNTS.provider, ACCOUNTS.consumer, ACCOUNTS.outsider];
  if (seed.kind === 'scale') return scaleAccounts(seed.accounts);
  return [];
}

/** The same from an `EMULATOR_SEED` value (`demo`, `none`, `scale:N`); unset means the demo. */
export function seedAccountsOf(emulatorSeed: string | undefined): string[] {
  return seedAccounts(parseSeedSpec(emulatorSeed));
}
