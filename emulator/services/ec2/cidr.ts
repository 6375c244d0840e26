import { AwsError } from '../../core/types';

export interface Cidr {
  base: number;
  prefix: number;
}

/** Parses an IPv4 CIDR; the address must be the network address, as EC2 requires. */
export function parseCidr(text: string): Cidr {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  const octets = match?.slice(1, 5).map(Number) ?? [];
  const prefix = Number(match?.[5]);
  if (!match || octets.some((o) => o > 255) || prefix > 32) {
    throw new AwsError(
      'InvalidParameterValue',
      400,
      `Value (${text}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
    );
  }
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  if (base % 2 ** (32 - prefix) !== 0) {
    throw new AwsError(
      'InvalidParameterValue',
      400,
      `Value (${text}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`,
    );
  }
  return { base, prefix };
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.base >= outer.base && end(inner) <= end(outer);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= end(b) && b.base <= end(a);
}

/** Usable addresses: AWS reserves five per subnet. */
export function usableAddresses(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix) - 5;
}

function end(c: Cidr): number {
  return c.base + 2 ** (32 - c.prefix) - 1;
}
