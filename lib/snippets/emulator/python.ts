import { pythonQuote } from '../quote';
import type { DataPlaneRoute } from './types';

/**
 * Lines that make a `requests` snippet connect through the data plane: urllib3 asks
 * `urllib3.util.connection.create_connection` for the socket, so rerouting (name, 443) there changes where the
 * bytes go and nothing else — urllib3 still sends the URL host as TLS server name and checks the certificate
 * against it, and the Host header and any signature are untouched. Requests reads REQUESTS_CA_BUNDLE per call.
 */
export function pythonEmulatorBlock(route: DataPlaneRoute, urlPort: number): string[] {
  return [
    `# Run against the emulator: connect to the data plane at ${route.address}:${route.port} (what ${route.name}`,
    '# resolves to in this VPC) and trust its CA. URL, Host, TLS server name and signature stay as above.',
    'import os',
    'import urllib3.util.connection',
    '',
    `EMULATOR_ROUTES = {(${pythonQuote(route.name)}, ${urlPort}): (${pythonQuote(route.address)}, ${route.port})}`,
    '_create_connection = urllib3.util.connection.create_connection',
    'urllib3.util.connection.create_connection = lambda address, *args, **kwargs: _create_connection(',
    '    EMULATOR_ROUTES.get(address, address), *args, **kwargs',
    ')',
    `os.environ["REQUESTS_CA_BUNDLE"] = ${pythonQuote(route.caPath)}`,
    '',
  ];
}

/** Inserts the block after the snippet's imports (its first blank line), leaving every other line as it was. */
export function withPythonEmulatorBlock(code: string, route: DataPlaneRoute, urlPort: number): string {
  const lines = code.split('\n');
  const at = lines.indexOf('') + 1;
  return [...lines.slice(0, at), ...pythonEmulatorBlock(route, urlPort), ...lines.slice(at)].join('\n');
}
