import type { EmulatorResponse } from '../core/types';
import { controlJson } from '../control';
import type { DataPlane } from './server';

/**
 * `/_emulator/dataplane*` (plain JSON): `GET /_emulator/dataplane` (port, CA path, endpoint addresses),
 * `GET /_emulator/dataplane/ca.pem`, `GET /_emulator/dataplane/resolve?name=…[&vpcId=…][&onPremises=1]`.
 */
export function dataPlaneControl(
  dataplane: DataPlane | undefined,
  method: string,
  path: string,
  query: URLSearchParams,
): EmulatorResponse {
  if (method !== 'GET') return controlJson(404, { message: `Unknown control endpoint ${method} ${path}` });
  if (!dataplane) {
    return controlJson(404, {
      message: 'The data plane is off (EMULATOR_DATAPLANE_PORT=off) or could not start; see the start-up warnings',
    });
  }
  if (path === '/_emulator/dataplane') return controlJson(200, dataplane.info());
  if (path === '/_emulator/dataplane/ca.pem') {
    return { status: 200, headers: { 'content-type': 'application/x-pem-file' }, body: dataplane.caPem };
  }
  if (path === '/_emulator/dataplane/resolve') {
    const name = query.get('name');
    const vpcId = query.get('vpcId') ?? undefined;
    const onPremises = ['1', 'true'].includes(query.get('onPremises') ?? '');
    if (!name) return controlJson(400, { message: 'name is required' });
    // Without a VPC the question is what public DNS answers (a client on premises without a resolver).
    return controlJson(200, dataplane.resolve(name, onPremises || !vpcId ? { onPremises: true, vpcId } : { vpcId }));
  }
  return controlJson(404, { message: `Unknown control endpoint ${method} ${path}` });
}
