import type { ErrorHint } from '@/lib/aws/errors';
import type { DomainRefInput } from '@/lib/domains/manage-schemas';

/** Words AWS errors of a domain action: "apigateway:UpdateDomainName on a.example.com (abc123)". */
export const domainHint =
  (operation: string) =>
  (input: { domain: DomainRefInput }): ErrorHint => ({
    operation,
    resource: `${input.domain.domainName} (${input.domain.domainNameId})`,
  });
