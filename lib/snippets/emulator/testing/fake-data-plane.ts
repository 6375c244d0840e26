/**
 * Test-only: a tiny stand-in for the emulator's data plane as its contract describes it — HTTPS on a non-443 port of
 * a loopback address, a certificate from a local CA for every name, and a record of what arrived (SNI included).
 */
import { createServer, type Server } from 'node:https';
import { TLSSocket } from 'node:tls';
import type { Received } from '../../testing/server';
import { makePki } from '../../testing/tls';

export interface FakeDataPlane {
  address: string;
  port: number;
  caPath: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startFakeDataPlane(names: string[], answer = { status: 200, body: '{"ok":true}' }) {
  const pki = makePki(names);
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
    server.listen(0, address, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const plane: FakeDataPlane = {
    address,
    port,
    caPath: pki.caFile,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
  return plane;
}
