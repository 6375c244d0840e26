import type { KeyObject } from 'node:crypto';

/** Every key type ListCertificates accepts in Includes.keyTypes. */
export const KEY_TYPES = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
];

/** What ListCertificates returns when Includes.keyTypes is absent: EC keys are hidden, as in ACM. */
export const DEFAULT_KEY_TYPES = ['RSA_1024', 'RSA_2048'];

/** Key algorithms RequestCertificate can issue. */
export const REQUESTABLE_KEY_ALGORITHMS = ['RSA_2048', 'EC_prime256v1', 'EC_secp384r1'];

/** ACM renders KeyAlgorithm with a hyphen (`RSA-2048`, `EC-prime256v1`) although the enum uses an underscore. */
export function wireKeyAlgorithm(keyAlgorithm: string): string {
  return keyAlgorithm.replace('_', '-');
}

/** Enum value for a certificate's public key, or undefined when ACM would not accept it. */
export function keyAlgorithmOf(publicKey: KeyObject): string | undefined {
  const details = publicKey.asymmetricKeyDetails;
  const name =
    publicKey.asymmetricKeyType === 'rsa'
      ? `RSA_${details?.modulusLength}`
      : publicKey.asymmetricKeyType === 'ec'
        ? `EC_${details?.namedCurve}`
        : undefined;
  return name && KEY_TYPES.includes(name) ? name : undefined;
}
