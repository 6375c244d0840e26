/** Who a private domain can be shared with through RAM (docs/aws/cross-account.md#ram-shares-and-invitations): an account, an organization or an OU. */

export type SharePrincipalKind = 'account' | 'organization' | 'organizational-unit';

const ACCOUNT = /^\d{12}$/;
const ORGANIZATION = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU = /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

export function sharePrincipalKind(value: string): SharePrincipalKind | undefined {
  const v = value.trim();
  if (ACCOUNT.test(v)) return 'account';
  if (ORGANIZATION.test(v)) return 'organization';
  if (OU.test(v)) return 'organizational-unit';
  return undefined;
}

export function sharePrincipalProblem(value: string): string | undefined {
  if (sharePrincipalKind(value)) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return `"${v}" is not a 12-digit AWS account id.`;
  return `"${v}" is not an account id (12 digits), an organization ARN (arn:aws:organizations::…:organization/o-…) or an OU ARN (…:ou/o-…/ou-…).`;
}

/** Splits what an operator pastes (commas, spaces, new lines) into distinct principals. */
export function splitPrincipals(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
