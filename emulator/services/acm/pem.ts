import { createPrivateKey, X509Certificate } from 'node:crypto';
import { AwsError } from '../../core/types';
import { keyAlgorithmOf } from './key-algorithms';

export interface ParsedCertificate {
  domainName: string;
  subjectAlternativeNames: string[];
  keyAlgorithm: string;
  signatureAlgorithm: string;
  serial: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

/** Reads what ACM shows about an imported certificate from its PEM, and checks the key pair matches. */
export function parseImportedCertificate(certificatePem: string, privateKeyPem: string): ParsedCertificate {
  const cert = readCertificate(certificatePem);
  let keyMatches: boolean;
  try {
    keyMatches = cert.checkPrivateKey(createPrivateKey(privateKeyPem));
  } catch {
    throw new AwsError('ValidationException', 400, 'The private key is not supported or is malformed.');
  }
  if (!keyMatches) throw new AwsError('ValidationException', 400, 'The private key does not match the certificate.');
  const keyAlgorithm = keyAlgorithmOf(cert.publicKey);
  if (!keyAlgorithm) throw new AwsError('ValidationException', 400, 'The certificate key algorithm is not supported.');
  const commonName = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
  const sans = (cert.subjectAltName ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice(4));
  const domainName = commonName ?? sans[0];
  if (!domainName)
    throw new AwsError(
      'ValidationException',
      400,
      'The certificate has neither a common name nor a DNS subject alternative name.',
    );
  return {
    domainName,
    subjectAlternativeNames: [domainName, ...sans.filter((name) => name !== domainName)],
    keyAlgorithm,
    signatureAlgorithm: signatureAlgorithm(keyAlgorithm),
    serial: cert.serialNumber.toLowerCase().match(/../g)?.join(':') ?? cert.serialNumber,
    subject: cert.subject.split('\n').reverse().join(','),
    issuer: cert.issuer.split('\n').reverse().join(','),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
  };
}

function readCertificate(pem: string): X509Certificate {
  if ((pem.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length !== 1) {
    throw new AwsError(
      'ValidationException',
      400,
      'The certificate field must contain exactly one PEM-encoded certificate.',
    );
  }
  try {
    return new X509Certificate(pem);
  } catch {
    throw new AwsError(
      'ValidationException',
      400,
      'Could not parse the certificate: it is not a valid PEM-encoded X.509 certificate.',
    );
  }
}

/** ACM reports e.g. SHA256WITHRSA; the emulator assumes SHA-256 signatures. */
export function signatureAlgorithm(keyAlgorithm: string): string {
  return keyAlgorithm.startsWith('EC_') ? 'SHA256WITHECDSA' : 'SHA256WITHRSA';
}
