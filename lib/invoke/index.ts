export type * from './types';
export { computeInvokeForms } from './engine';
export {
  awsDnsSuffix,
  classifyDnsEntries,
  consumerAliasRecords,
  defaultApiHost,
  normalizeDnsName,
  recordCovers,
  recordTargetEndpoint,
  vpceAliasApiHost,
  vpceHostname,
  type AliasRecordSpec,
  type ClassifiedDnsEntries,
} from './dns';
export { DNS_PREREQUISITES, EXPLANATIONS, FORM_TITLES, TLS_NOTES } from './explanations';
export { SYMPTOMS } from './symptoms';
export { buildUrl, encodePath, encodeQuery } from './url';
