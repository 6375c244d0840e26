/**
 * PLACEHOLDER created by the core so the tree compiles; owned by the ram implementer, replace freely.
 * Convention (used by knownAccounts() for /_emulator/health): per-account data under `byAccount[accountId]`.
 */
export interface RamState {
  byAccount: Record<string, unknown>;
}

export function emptyRamState(): RamState {
  return { byAccount: {} };
}
