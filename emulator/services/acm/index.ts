export { handle } from './handler';
export { emptyAcmState, type AcmState, type CertificateRecord } from './state';
export {
  requestCertificate,
  importCertificate,
  addCertificate,
  findCertificate,
  effectiveStatus,
} from './certificates';
