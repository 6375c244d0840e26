/**
 * PLACEHOLDER created by the core so the tree compiles; owned by the route53 implementer, replace freely.
 * Convention (used by knownAccounts() for /_emulator/health): per-account data under `byAccount[accountId]`.
 */
export interface Route53State {
  byAccount: Record<string, unknown>;
}

export function emptyRoute53State(): Route53State {
  return { byAccount: {} };
}
