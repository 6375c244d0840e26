/**
 * Rules for the name of a private custom domain (docs/aws/resources.md#private-custom-domain-name): a fully qualified DNS name, no wildcard
 * (wildcard certificates are fine, wildcard names are not), at most 253 characters.
 */

export const MAX_DOMAIN_NAME_LENGTH = 253;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases and drops the trailing root dot so "API.Example.com." and "api.example.com" are the same name. */
export function normalizeDomainName(raw: string): string {
  return raw.trim().toLowerCase().replace(/\.$/, '');
}

/** `undefined` when the name is acceptable, otherwise a sentence saying what to fix. */
export function domainNameProblem(raw: string): string | undefined {
  const name = normalizeDomainName(raw);
  if (name === '') return 'Enter the domain name clients will call, e.g. api.internal.example.com.';
  if (name.includes('*'))
    return 'Wildcard domain names are not allowed for private domains; enter one name (a wildcard certificate can still cover it).';
  if (name.length > MAX_DOMAIN_NAME_LENGTH)
    return `A domain name has at most ${MAX_DOMAIN_NAME_LENGTH} characters; this one has ${name.length}.`;
  if (/\s/.test(name)) return 'A domain name cannot contain spaces.';
  if (/^[a-z]+:\/\//.test(name) || name.includes('/')) return 'Enter only the host name, without https:// or a path.';
  const labels = name.split('.');
  if (labels.length < 2) return 'Use a fully qualified name with at least two labels, e.g. api.example.com.';
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) {
    if (bad === '') return 'The name has an empty label (two dots in a row, or a leading dot).';
    if (bad.length > 63) return `The label "${bad.slice(0, 20)}…" is longer than 63 characters.`;
    return `The label "${bad}" may contain only letters, digits and hyphens, and cannot start or end with a hyphen.`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]))
    return 'The last label cannot be all digits (that looks like an IP address).';
  return undefined;
}
