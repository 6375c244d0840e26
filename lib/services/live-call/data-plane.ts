import 'server-only';
import { endpointOverride } from '@/lib/config/target';
import { ActionFailure } from '@/lib/errors';
import type { NameResolution } from '@/lib/snippets/emulator';

/** One execute-api endpoint of the emulator's data plane (GET /_emulator/dataplane, emulator/README.md "Data plane"). */
export interface DataPlaneEndpoint {
  vpcEndpointId: string;
  accountId: string;
  region: string;
  vpcId: string;
  address: string;
  privateDnsEnabled: boolean;
  dnsNames: string[];
  /** False when the emulator could not bind the address (e.g. another emulator holds the port there). */
  listening?: boolean;
}

export interface DataPlaneInfo {
  port: number;
  caPath: string;
  endpoints: DataPlaneEndpoint[];
}

function emulatorUrl(): string {
  const url = endpointOverride();
  if (!url) throw new Error('The live call needs the emulator (CONSOLE_TARGET=emulator).');
  return url;
}

function noDataPlane(detail: string): ActionFailure {
  return new ActionFailure({
    kind: 'unavailable',
    title: 'The emulator has no data plane',
    message: `The emulator at ${emulatorUrl()} did not describe its data plane (${detail}). Restart it from this version of the repository (npm run emulator), then try again.`,
  });
}

async function controlJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${emulatorUrl()}${path}`, { cache: 'no-store' });
  } catch (error) {
    throw noDataPlane((error as Error).message);
  }
  if (!response.ok) throw noDataPlane(`HTTP ${response.status} from ${path.split('?')[0]}`);
  return (await response.json()) as T;
}

export function readDataPlane(): Promise<DataPlaneInfo> {
  return controlJson<DataPlaneInfo>('/_emulator/dataplane');
}

/** How `name` resolves for a client in `vpcId`, as the emulator's DNS model answers it. */
export function resolveFromVpc(name: string, vpcId: string | undefined): Promise<NameResolution> {
  const query = new URLSearchParams({ name, ...(vpcId ? { vpcId } : {}) });
  return controlJson<NameResolution>(`/_emulator/dataplane/resolve?${query.toString()}`);
}
