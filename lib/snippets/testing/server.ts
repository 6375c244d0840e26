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
  received: Received[];
  close(): Promise<void>;
}

/** Listens on port 443 of a random loopback address so parallel runs and other services don't collide. */
export async function startEndpoint(pki: TestPki): Promise<StandInEndpoint> {
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
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(443, address, () => resolve());
  });
  return { address, received, close: () => new Promise((r) => server.close(() => r())) };
}
