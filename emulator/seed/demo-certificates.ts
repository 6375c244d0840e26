import type { EmulatorState } from '../core/state';
import { ACCOUNTS, OUTSIDER, PROVIDER } from './demo-ids';
import { seedCertificate } from './seed-certificates';

/** Certificates that show why the console filters: an ECDSA one (hidden by default), one expired, one pending. */
export function seedDemoCertificates(state: EmulatorState, now: Date): void {
  const us = PROVIDER['us-east-1'].certificates;
  const p = ACCOUNTS.provider;
  seedCertificate(
    state,
    p,
    'us-east-1',
    {
      arn: us.wildcardRsa,
      domainName: '*.internal.example.com',
      sans: ['internal.example.com'],
      issuedDaysAgo: 120,
      validityDays: 395,
      tags: { Team: 'platform' },
    },
    now,
  );
  seedCertificate(
    state,
    p,
    'us-east-1',
    {
      arn: us.inventoryEcdsa,
      domainName: 'inventory.internal.example.com',
      keyAlgorithm: 'EC_prime256v1',
      issuedDaysAgo: 30,
      validityDays: 395,
    },
    now,
  );
  seedCertificate(
    state,
    p,
    'us-east-1',
    {
      arn: us.legacyExpired,
      domainName: 'legacy.internal.example.com',
      type: 'IMPORTED',
      issuedDaysAgo: 400,
      validityDays: 365,
    },
    now,
  );
  seedCertificate(
    state,
    p,
    'us-east-1',
    {
      arn: us.reportsPending,
      domainName: 'reports.internal.example.com',
      status: 'PENDING_VALIDATION',
      issuedDaysAgo: 1,
      validityDays: 395,
    },
    now,
  );
  seedCertificate(
    state,
    p,
    'eu-west-1',
    {
      arn: PROVIDER['eu-west-1'].certificates.wildcardRsa,
      domainName: '*.eu.internal.example.com',
      issuedDaysAgo: 90,
      validityDays: 395,
    },
    now,
  );
  seedCertificate(
    state,
    ACCOUNTS.outsider,
    'us-east-1',
    {
      arn: OUTSIDER['us-east-1'].certificates.wildcardRsa,
      domainName: 'api.internal.example.com',
      issuedDaysAgo: 15,
      validityDays: 395,
    },
    now,
  );
}
