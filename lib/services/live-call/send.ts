import 'server-only';
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'node:https';
import { connect } from 'node:tls';
import type { HttpRequestSpec } from '@/lib/snippets';
import { LINKS, type LinkId } from '@/lib/diagnose/walk';
import { refusingLink, type DataPlaneRoute, type LiveOutcome } from '@/lib/snippets/emulator';

/** The emulator's `x-emulator-rule` header, when it names one of the diagnosis's links. */
function emulatorLinkOf(header: string | string[] | undefined): LinkId | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return LINKS.find((l) => l.id === value)?.id;
}

/** How much of the body the page shows. */
export const BODY_PREVIEW_BYTES = 2048;
const TIMEOUT_MS = 10_000;

/**
 * Sends the request exactly as the Node emulator variant does: host, port, `servername` and headers of the snippet,
 * the socket connected to the data plane's address and port, the emulator's CA trusted.
 */
export async function sendThroughDataPlane(spec: HttpRequestSpec, route: DataPlaneRoute): Promise<LiveOutcome> {
  const url = new URL(spec.url);
  const agent = new Agent({ ca: await readFile(route.caPath), keepAlive: false });
  // The request path is not an IPC socket path.
  agent.createConnection = (options) => connect({ ...options, path: undefined, host: route.address, port: route.port });
  const body = spec.body === undefined ? undefined : Buffer.from(spec.body, 'utf8');
  const headers: Record<string, string | number> = {};
  for (const h of spec.headers) headers[h.name] = Buffer.from(h.value, 'utf8').toString('latin1');
  if (body) headers['Content-Length'] = body.length;
  return new Promise<LiveOutcome>((resolve) => {
    const req = request(
      {
        method: spec.method,
        host: url.hostname,
        servername: url.hostname,
        port: url.port ? Number(url.port) : 443,
        path: `${url.pathname}${url.search}`,
        headers,
        agent,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < BODY_PREVIEW_BYTES + 1) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          const text = all.subarray(0, BODY_PREVIEW_BYTES).toString('utf8');
          const status = res.statusCode ?? 0;
          const refusedBy = refusingLink(status, text);
          const emulatorLink = emulatorLinkOf(res.headers['x-emulator-rule']);
          resolve({
            kind: 'response',
            status,
            body: text,
            truncated: size > BODY_PREVIEW_BYTES,
            ...(refusedBy ? { refusedBy } : {}),
            ...(emulatorLink ? { emulatorLink } : {}),
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (error) => resolve({ kind: 'connection-error', message: error.message }));
    req.end(body);
  }).finally(() => agent.destroy());
}
