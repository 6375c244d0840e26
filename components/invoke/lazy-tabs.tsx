'use client';

/**
 * The Invoke tab of the detail pages, loaded with the tab instead of with the page (Cloudscape renders only the active
 * tab): the form, its snippets and their highlighting download when the tab first opens.
 */
import dynamic from 'next/dynamic';
import { LazyLoading } from '@/components/common/lazy-loading';

export const InvokeTab = dynamic(() => import('./invoke-tab').then((m) => m.InvokeTab), { loading: LazyLoading });
