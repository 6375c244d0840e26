import type { Snippet } from '../types';

/** How a client in the chosen VPC reaches the emulator's data plane for one host name. */
export interface DataPlaneRoute {
  /** The URL's host name (also the TLS server name and, unless the form sets Host, the Host header). */
  name: string;
  /** What the name resolves to in the client's VPC: the loopback address of the endpoint it reaches. */
  address: string;
  /** The data plane's port; AWS's is 443, the emulator's cannot be on loopback without privileges. */
  port: number;
  /** The emulator's local certificate authority (PEM). */
  caPath: string;
}

/** What the resolve control endpoint answers for a name asked from a VPC. */
export interface NameResolution {
  name: string;
  addresses: string[];
  answeredBy?: string;
  reason?: string;
}

/**
 * The "Run against the emulator" variants of one form: the snippets connecting through the data plane, or why
 * there are none (the name would not resolve from the client's VPC, so a variant would hide that DNS problem).
 */
export type EmulatorVariants =
  | { kind: 'variants'; route: DataPlaneRoute; snippets: Snippet[] }
  | { kind: 'unresolvable'; name: string; vpcId?: string; reason: string };
