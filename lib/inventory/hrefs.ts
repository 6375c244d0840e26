/** Console routes of inventory pages (tests and other pages link to them; the paths are fixed). */
export const apiHref = (restApiId: string) => `/apis/${encodeURIComponent(restApiId)}`;
export const vpcEndpointHref = (vpceId: string) => `/vpc-endpoints/${encodeURIComponent(vpceId)}`;
/** Private domains are addressed by name and id together: names are not unique. */
export const domainHref = (domainName: string, domainNameId: string) =>
  `/domains/${encodeURIComponent(domainName)}/${encodeURIComponent(domainNameId)}`;

/** Route params arrive percent-encoded or not depending on the caller; a malformed escape must not crash the page. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
