import { curlArgGroups } from '../curl';
import { renderShellCommand } from '../shell';
import type { HttpRequestSpec } from '../types';
import type { DataPlaneRoute } from './types';

/**
 * The curl snippet plus `--connect-to` (connect to the data plane instead of resolving the name; the URL, Host
 * and TLS server name stay the URL's) and `--cacert` (trust the emulator's CA).
 */
export function curlArgGroupsForEmulator(spec: HttpRequestSpec, route: DataPlaneRoute): string[][] {
  const port = new URL(spec.url).port || '443';
  return [
    ...curlArgGroups(spec),
    ['--connect-to', `${route.name}:${port}:${route.address}:${route.port}`],
    ['--cacert', route.caPath],
  ];
}

export function curlEmulatorSnippet(spec: HttpRequestSpec, route: DataPlaneRoute): string {
  return renderShellCommand('curl', curlArgGroupsForEmulator(spec, route));
}
