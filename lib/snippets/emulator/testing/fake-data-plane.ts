/**
 * Test-only: a tiny stand-in for the emulator's data plane as its contract describes it — HTTPS on a non-443 port of
 * a loopback address, a certificate from a local CA for every name, and a record of what arrived (SNI included).
 */
import { startStandIn, type StandInEndpoint } from '../../testing/server';
import { makePki } from '../../testing/tls';

export interface FakeDataPlane extends StandInEndpoint {
  caPath: string;
}

export async function startFakeDataPlane(
  names: string[],
  answer = { status: 200, body: '{"ok":true}' },
): Promise<FakeDataPlane> {
  const pki = makePki(names);
  return { ...(await startStandIn(pki, { port: 0, answer })), caPath: pki.caFile };
}
