'use client';

/**
 * Consumer panels loaded only where they show: the invitations panel of /sharing with its tab (Cloudscape renders only
 * the active tab), and the "Use this domain" panel of a domain's page only when the domain is shared with this
 * account, not for the domains it owns.
 */
import dynamic from 'next/dynamic';
import { LazyLoading } from '@/components/common/lazy-loading';

export const ConsumerSharing = dynamic(() => import('./consumer-sharing').then((m) => m.ConsumerSharing), {
  loading: LazyLoading,
});
export const ConsumerDomainPanel = dynamic(() => import('./consumer-domain-panel').then((m) => m.ConsumerDomainPanel), {
  loading: LazyLoading,
});
