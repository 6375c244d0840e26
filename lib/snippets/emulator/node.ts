import { jsQuote } from '../quote';
import type { DataPlaneRoute } from './types';

/**
 * Lines that make the `https.request` snippet connect through the data plane: an agent whose sockets go to the
 * data plane's address and port. The request keeps its host, port and `servername`, so the Host header, TLS server
 * name and certificate check are the snippet's; only the TCP destination and the trusted CA differ.
 */
export function nodeEmulatorBlock(route: DataPlaneRoute): string[] {
  return [
    "import { readFileSync } from 'node:fs';",
    "import tls from 'node:tls';",
    '',
    `// Run against the emulator: connect to the data plane at ${route.address}:${route.port} (what ${route.name}`,
    '// resolves to in this VPC) and trust its CA. URL, Host, TLS server name and signature stay as below.',
    `const emulator = new https.Agent({ ca: readFileSync(${jsQuote(route.caPath)}) });`,
    `emulator.createConnection = (options) => tls.connect({ ...options, host: ${jsQuote(route.address)}, port: ${route.port} });`,
  ];
}

export const NODE_AGENT_LINE = '  agent: emulator,';
const REQUEST_OPEN = 'const req = https.request({';

/** Inserts the block after the snippet's import and the agent as the request's first option. */
export function withNodeEmulatorBlock(code: string, route: DataPlaneRoute): string {
  const lines = code.split('\n');
  const open = lines.indexOf(REQUEST_OPEN);
  if (lines[0] !== "import https from 'node:https';" || open < 0)
    throw new Error('The Node snippet no longer has the shape the emulator variant extends.');
  return [
    lines[0],
    ...nodeEmulatorBlock(route),
    ...lines.slice(1, open + 1),
    NODE_AGENT_LINE,
    ...lines.slice(open + 1),
  ].join('\n');
}
