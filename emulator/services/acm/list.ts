import { decodeOffsetToken, encodeOffsetToken } from '../ec2/paging';
import { AwsError } from '../../core/types';
import { effectiveStatus } from './certificates';
import { DEFAULT_KEY_TYPES, KEY_TYPES } from './key-algorithms';
import type { AcmState, CertificateRecord } from './state';
import { entry } from '../../core/entry';

export interface ListCertificatesInput {
  certificateStatuses?: string[];
  keyTypes?: string[];
  maxItems?: number;
  nextToken?: string;
  sortOrder?: 'ASCENDING' | 'DESCENDING';
}

const STATUSES = ['PENDING_VALIDATION', 'ISSUED', 'INACTIVE', 'EXPIRED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'FAILED'];

/** ListCertificates: default key-type filter hides EC certificates; MaxItems 1–1000; opaque offset tokens. */
export function listCertificates(
  s: { acm: AcmState },
  account: string,
  region: string,
  input: ListCertificatesInput,
  now: Date,
): { certificates: CertificateRecord[]; nextToken?: string } {
  const keyTypes = input.keyTypes?.length ? input.keyTypes : DEFAULT_KEY_TYPES;
  checkEnum('includes.keyTypes', keyTypes, KEY_TYPES);
  checkEnum('certificateStatuses', input.certificateStatuses ?? [], STATUSES);
  let certs = Object.values(entry(s.acm.byAccount, account)?.certificates ?? {}).filter(
    (c) => c.region === region && keyTypes.includes(c.keyAlgorithm),
  );
  const statuses = input.certificateStatuses ?? [];
  if (statuses.length) certs = certs.filter((c) => statuses.includes(effectiveStatus(c, now)));
  certs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  if (input.sortOrder === 'DESCENDING') certs.reverse();

  const max = input.maxItems ?? 1000;
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw new AwsError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${max}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  }
  const start =
    input.nextToken === undefined
      ? 0
      : decodeOffsetToken(
          input.nextToken,
          () => new AwsError('InvalidArgsException', 400, 'The NextToken is not valid.'),
        );
  const end = start + max;
  return {
    certificates: certs.slice(start, end),
    nextToken: end < certs.length ? encodeOffsetToken(end) : undefined,
  };
}

function checkEnum(field: string, values: string[], allowed: string[]): void {
  const bad = values.find((v) => !allowed.includes(v));
  if (bad !== undefined) {
    throw new AwsError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${bad}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
}
