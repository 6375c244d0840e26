'use client';

import { Suspense, use } from 'react';
import type { Section } from '@/lib/result';
import type { CallerIdentity } from '@/lib/model/identity';
import { useAccess } from '@/components/common/access';

interface Props {
  target: 'emulator' | 'aws';
  endpoint?: string;
  contextLabel: string;
  /** Started by the layout and not awaited: only the account below waits for STS, the rest paints at once. */
  identity: Promise<Section<CallerIdentity>>;
  region: string;
}

/** Always visible, so nobody mistakes the local emulator for a real account (or the reverse). */
export function TargetBanner({ target, endpoint, contextLabel, identity, region }: Props) {
  const emulator = target === 'emulator';
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
        {contextLabel} · account{' '}
        <Suspense fallback={<span title="Reading the identity">…</span>}>
          <CallerAccount identity={identity} />
        </Suspense>{' '}
        · {region}
      </span>
      {endpoint && <span style={{ opacity: 0.8 }}>endpoint {endpoint}</span>}
      <Suspense fallback={null}>
        <IdentityProblem identity={identity} />
      </Suspense>
      {access.mode === 'none' && <span data-testid="banner-no-sign-in">no sign-in</span>}
      {access.readOnly && <strong data-testid="banner-read-only">read-only: changes are off</strong>}
    </div>
  );
}

/** The account STS names, with the caller's ARN on hover. */
function CallerAccount({ identity }: { identity: Promise<Section<CallerIdentity>> }) {
  const answer = use(identity);
  return answer.ok ? <span title={answer.data.arn}>{answer.data.account}</span> : <span>unknown</span>;
}

function IdentityProblem({ identity }: { identity: Promise<Section<CallerIdentity>> }) {
  const answer = use(identity);
  return answer.ok ? null : <span style={{ color: '#ffb4a2' }}>{answer.error.message}</span>;
}
