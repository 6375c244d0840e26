import type { ConsoleError } from '@/lib/errors';
import type { AttentionItem } from '@/lib/inventory/attention';

/** The overview's "needs attention" list. */
export interface Attention {
  items: AttentionItem[];
  /** Checks that could not run because a call failed; the overview says so rather than implying all is well. */
  skipped: { check: string; error: ConsoleError }[];
  /** Domains and APIs whose mappings or stages are still being read (large accounts, first load): checked later. */
  pending: { domains: number; apis: number };
}

/** What the overview counts; each links to the list it counts. */
export type OverviewCountId =
  'apis' | 'endpoints' | 'owned-domains' | 'shared-domains' | 'associations' | 'shares' | 'invitations';
