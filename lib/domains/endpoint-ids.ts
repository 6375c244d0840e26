/** Identifier formats the forms accept for "who may invoke": VPC endpoints and VPCs (any account). */

export const VPCE_ID = /^vpce-[0-9a-f]{8}([0-9a-f]{9})?$/;
export const VPC_ID = /^vpc-[0-9a-f]{8}([0-9a-f]{9})?$/;

export function vpceIdProblem(id: string): string | undefined {
  return VPCE_ID.test(id.trim())
    ? undefined
    : `"${id.trim()}" is not a VPC endpoint id (vpce- followed by 8 or 17 hex digits).`;
}

export function vpcIdProblem(id: string): string | undefined {
  return VPC_ID.test(id.trim()) ? undefined : `"${id.trim()}" is not a VPC id (vpc- followed by 8 or 17 hex digits).`;
}

/** Splits pasted ids (commas, spaces, new lines), dropping duplicates. */
export function splitIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
