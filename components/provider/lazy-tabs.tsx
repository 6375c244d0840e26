'use client';

/**
 * The provider panels of the detail pages' later tabs, loaded with their tab instead of with the page: Cloudscape
 * renders only the active tab, so a panel's code (policy editors, forms, modals) downloads when its tab first opens,
 * or with the page when the URL opens that tab. Same components and props as the modules they load.
 */
import dynamic from 'next/dynamic';
import { LazyLoading } from '@/components/common/lazy-loading';

export const ApiPolicyManager = dynamic(() => import('./api-policy-manager').then((m) => m.ApiPolicyManager), {
  loading: LazyLoading,
});
export const EndpointAssociationsManager = dynamic(
  () => import('./endpoint-associations-manager').then((m) => m.EndpointAssociationsManager),
  { loading: LazyLoading },
);
export const DomainPoliciesManager = dynamic(
  () => import('./domain-policies-manager').then((m) => m.DomainPoliciesManager),
  { loading: LazyLoading },
);
export const AssociationsManager = dynamic(() => import('./associations-manager').then((m) => m.AssociationsManager), {
  loading: LazyLoading,
});
export const SharingManager = dynamic(() => import('./sharing-manager').then((m) => m.SharingManager), {
  loading: LazyLoading,
});
