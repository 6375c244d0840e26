import type { CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import type { Section } from '@/lib/result';
import type { FieldErrors } from '@/lib/errors';

/** Plain data the /domains/new page reads on the server for the wizard; APIs, endpoints and shares load when their list opens. */
export interface WizardOptions {
  region: string;
  accountId?: string;
  certificates: Section<
    {
      arn: string;
      domainName: string;
      subjectAlternativeNames: string[];
      status: string;
      keyAlgorithm?: string;
      notAfter?: string;
      inUse?: boolean;
      hasMoreNames: boolean;
    }[]
  >;
  ownPrivateDomains: Section<{ domainName: string; domainNameId: string }[]>;
}

export interface StepProps {
  draft: CreateDomainDraft;
  update: (patch: Partial<CreateDomainDraft>) => void;
  errors: FieldErrors;
  options: WizardOptions;
}
