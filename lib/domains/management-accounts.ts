/** RAM writes the managementPolicy with this Sid when it shares a domain (AWS facts docs/aws/policies.md#management-policy). */
export const RAM_MANAGED_SID = 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';

/** The 12-digit accounts a managementPolicy names as principals, once each; none for text that is not JSON. */
export function managementPolicyAccounts(raw: string | undefined): string[] {
  if (!raw) return [];
  let doc: { Statement?: { Principal?: { AWS?: string | string[] } }[] };
  try {
    doc = JSON.parse(raw) as typeof doc;
  } catch {
    return [];
  }
  const principals = (doc.Statement ?? []).flatMap((s) => [s.Principal?.AWS ?? []].flat());
  return [...new Set(principals.map((p) => /(\d{12})/.exec(p)?.[1]).filter((p): p is string => p !== undefined))];
}

export function isRamManaged(raw: string | undefined): boolean {
  return raw?.includes(RAM_MANAGED_SID) ?? false;
}
