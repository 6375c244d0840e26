import type { FieldErrors } from '@/lib/errors';
import type { CreatePlan } from './create-plan';

/** What the create wizard and its server side exchange about one run (plain data). */

export interface DomainRef {
  domainName: string;
  domainNameId: string;
}

export interface CreatedDomain extends DomainRef {
  domainNameArn: string;
}

export interface PreflightResult {
  plan: CreatePlan;
  fieldErrors: FieldErrors;
  /** Other own private domains with the same name (legal, but the operator should know). */
  sameName: DomainRef[];
  /** Set when this wizard run already created its domain. */
  existing?: DomainRef;
}

/** `waiting`: AWS's quota refused the step for now; run it again after `retryAfterSeconds`. */
export type StepStatus = 'done' | 'exists' | 'skipped' | 'waiting';

export interface StepOutcome {
  stepId: string;
  status: StepStatus;
  message: string;
  retryAfterSeconds?: number;
  domain?: CreatedDomain;
}
