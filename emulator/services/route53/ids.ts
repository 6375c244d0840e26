import { randomString } from '../../core/ids';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Hosted zone ids look like `Z0123456789ABCDEFGHIJ` (21 chars), change ids like `C…`. */
export const newHostedZoneId = (): string => `Z0${randomString(19, UPPER_ALNUM)}`;
export const newChangeId = (): string => `C${randomString(20, UPPER_ALNUM)}`;

/** The four name servers of a zone's delegation set; private zones get the fixed AWS placeholder set. */
export function nameServers(privateZone: boolean): string[] {
  if (privateZone)
    return ['ns-0.awsdns-00.com.', 'ns-512.awsdns-00.net.', 'ns-1024.awsdns-00.org.', 'ns-1536.awsdns-00.co.uk.'];
  const n = () => Math.floor(Math.random() * 512);
  const d = () => String(Math.floor(Math.random() * 64)).padStart(2, '0');
  return [
    `ns-${n()}.awsdns-${d()}.com.`,
    `ns-${512 + n()}.awsdns-${d()}.net.`,
    `ns-${1024 + n()}.awsdns-${d()}.org.`,
    `ns-${1536 + n()}.awsdns-${d()}.co.uk.`,
  ];
}
