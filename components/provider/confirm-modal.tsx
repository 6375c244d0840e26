'use client';

import dynamic from 'next/dynamic';
import { LazyLoading } from '@/components/common/lazy-loading';

/**
 * Confirmation for a destructive or far-reaching action (`ConfirmDialog`); every caller renders it only once the
 * action is asked for, so the dialog's code downloads then rather than with the page.
 */
export const ConfirmModal = dynamic(() => import('./confirm-dialog').then((m) => m.ConfirmDialog), {
  loading: LazyLoading,
});
