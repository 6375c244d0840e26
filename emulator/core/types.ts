import type { IncomingHttpHeaders } from 'node:http';

/** One decoded AWS request, after the SigV4 credential scope has told us service, region and account. */
export interface EmulatorRequest {
  service: 'apigateway' | 'ec2' | 'ram' | 'acm' | 'route53' | 'sts';
  region: string;
  /** 12-digit access key id, else 000000000000. */
  account: string;
  method: string;
  /** Raw (still percent-encoded) path without the query string. Decode segments with decodeURIComponent, never turn '+' into space. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** What every service handler gets. `state` is the single mutable state object; call `commit()` after a successful mutation. */
export interface ServiceContext {
  req: EmulatorRequest;
  state: import('./state').EmulatorState;
  /** The emulator clock (real time + offset moved by POST /_emulator/clock). Always use this, never Date.now(). */
  now(): Date;
  /** Persist the state (atomic write) once the mutation is complete. */
  commit(): void;
}

export type ServiceHandler = (ctx: ServiceContext) => EmulatorResponse | Promise<EmulatorResponse>;

/** Throw from anywhere inside a service; the service's protocol renderer turns it into the AWS error envelope. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
