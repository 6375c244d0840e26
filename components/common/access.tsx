'use client';

import { createContext, useContext } from 'react';
import type { Access } from '@/lib/model/access';

const NO_ACCESS: Access = {
  mode: 'none',
  user: { sub: 'unknown' },
  canMutate: false,
  whyNot: 'Access is not known yet.',
  readOnly: false,
  isAdmin: false,
};

const AccessContext = createContext<Access>(NO_ACCESS);

/** Set once by the layout from the server's check; the server checks again on every action. */
export function AccessProvider({ access, children }: { access: Access; children: React.ReactNode }) {
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export function useAccess(): Access {
  return useContext(AccessContext);
}

/**
 * Whether the user may change things here, and why not. Mutation controls pass both to Cloudscape:
 * `<Button disabled={!allowed} disabledReason={reason}>`.
 */
export function useCanMutate(): { allowed: boolean; reason?: string } {
  const access = useContext(AccessContext);
  return { allowed: access.canMutate, reason: access.whyNot };
}
