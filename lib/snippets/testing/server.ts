/** Test-only HTTPS server standing in for the VPC endpoint: records what API Gateway would receive. */
import { createServer, type Server } from 'node:https';
import { TLSSocket } from 'node:tls';
import type { TestPki } from './tls';

export interface Received {
  /** TLS server name the client sent (SNI). */
  sni: string | false | null;
  method: string;
  /** Request target exactly as sent (path + query, still encoded). */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface StandInEndpoint {
  address: string;
  port: number;
  received: Received[];
  close(): Promise<void>;
}

export interface StandInOptions {
  /** 443 as a real endpoint; 0 = a free port (the emulator's data plane is not on 443). */
  port: number;
  /** What every request gets. */
  answer?: { status: number; body: string };
}

/**
 * Listens on a random loopback address (so parallel runs and other services don't collide), presenting `pki`'s
 * certificate, and records every request with the SNI it came with.
 */
export async function startStandIn(pki: TestPki, options: StandInOptions): Promise<StandInEndpoint> {
  const answer = options.answer ?? { status: 200, body: '{"ok":true}' };
  const received: Received[] = [];
  const server: Server = createServer({ key: pki.key, cert: pki.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        sni: req.socket instanceof TLSSocket ? req.socket.servername : null,
        method: req.method ?? '',
        target: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });
  const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, address, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return { address, port, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** The VPC endpoint as a client reaches it: port 443. */
export const startEndpoint = (pki: TestPki) => startStandIn(pki, { port: 443 });
