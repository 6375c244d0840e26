/**
 * PLACEHOLDER created by the core so the tree compiles; owned by the acm implementer, replace freely.
 * Convention (used by knownAccounts() for /_emulator/health): per-account data under `byAccount[accountId]`.
 */
export interface AcmState {
  byAccount: Record<string, unknown>;
}

export function emptyAcmState(): AcmState {
  return { byAccount: {} };
}
