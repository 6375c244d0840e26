import type { CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import type { Section } from '@/lib/result';
import type { FieldErrors } from '@/lib/errors';

/** Plain data the /domains/new page reads on the server for the wizard's pickers. */
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
  privateApis: Section<{ id: string; name: string }[]>;
  endpoints: Section<{ id: string; name?: string; vpcId: string; state: string }[]>;
  shares: Section<{ arn: string; name: string; status: string }[]>;
  ownPrivateDomains: Section<{ domainName: string; domainNameId: string }[]>;
}

export interface StepProps {
  draft: CreateDomainDraft;
  update: (patch: Partial<CreateDomainDraft>) => void;
  errors: FieldErrors;
  options: WizardOptions;
}
