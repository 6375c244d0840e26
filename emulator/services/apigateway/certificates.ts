import type { EmulatorState } from '../../core/state';
import { emulatorNow } from '../../core/clock';
import { effectiveStatus } from '../acm/certificates';
import { badRequest } from './errors';
import { entry } from '../../core/entry';

/**
 * The ACM certificate must belong to the caller, live in `region` (us-east-1 for edge domains), be ISSUED (not
 * expired) at the emulator's clock, and cover the domain name (exact name or a one-label wildcard SAN).
 */
export function requireUsableCertificate(
  state: EmulatorState,
  account: string,
  region: string,
  arn: string,
  domainName: string,
): void {
  const certificates = entry(state.acm.byAccount, account)?.certificates;
  const cert = certificates && entry(certificates, arn);
  if (!cert || cert.region !== region) {
    throw badRequest(
      `Certificate ${arn} not found in account ${account} in ${region}; the certificate must be an ACM certificate in the same Region`,
    );
  }
  const status = effectiveStatus(cert, emulatorNow(state));
  if (status !== 'ISSUED') throw badRequest(`Certificate ${arn} is ${status}; only ISSUED certificates can be used`);
  const names = new Set([cert.domainName, ...cert.subjectAlternativeNames].map((n) => n.toLowerCase()));
  if (!certificateCovers(names, domainName)) {
    throw badRequest(`Certificate ${arn} does not cover the domain name ${domainName}`);
  }
}

function certificateCovers(names: Set<string>, domainName: string): boolean {
  if (names.has(domainName)) return true;
  const parent = domainName.slice(domainName.indexOf('.') + 1);
  return domainName.includes('.') && names.has(`*.${parent}`);
}
