'use client';

import type { Section } from '@/lib/result';
import type { CallerIdentity } from '@/lib/model/identity';
import { useAccess } from '@/components/common/access';

interface Props {
  target: 'emulator' | 'aws';
  endpoint?: string;
  contextLabel: string;
  /** Undefined while STS has not answered yet. */
  identity?: Section<CallerIdentity>;
  region: string;
}

/** Always visible, so nobody mistakes the local emulator for a real account (or the reverse). */
export function TargetBanner({ target, endpoint, contextLabel, identity, region }: Props) {
  const emulator = target === 'emulator';
  const account = !identity ? '…' : identity.ok ? identity.data.account : 'unknown account';
  const access = useAccess();
  return (
    <div
      role="status"
      data-testid="target-banner"
      style={{
        background: emulator ? '#7d2105' : '#0f1b2a',
        color: '#fff',
        fontSize: 13,
        padding: '4px 20px',
        display: 'flex',
        gap: 16,
        alignItems: 'center',
      }}
    >
      <strong style={{ letterSpacing: 1 }}>{emulator ? 'EMULATOR' : 'AWS'}</strong>
      <span>
        {contextLabel} · account {account} · {region}
      </span>
      {endpoint && <span style={{ opacity: 0.8 }}>endpoint {endpoint}</span>}
      {identity && !identity.ok && <span style={{ color: '#ffb4a2' }}>{identity.error.message}</span>}
      {access.mode === 'none' && <span data-testid="banner-no-sign-in">no sign-in</span>}
      {access.readOnly && <strong data-testid="banner-read-only">read-only: changes are off</strong>}
    </div>
  );
}
