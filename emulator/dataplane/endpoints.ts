import { createHash } from 'node:crypto';
import type { EmulatorState } from '../core/state';
import { dnsEntries } from '../services/ec2/dns-entries';
import { serviceShortName } from '../services/ec2/endpoint-services';
import type { VpcEndpointRecord } from '../services/ec2/state';

/** An execute-api interface endpoint as the data plane serves it: on its own loopback address. */
export interface DataPlaneEndpoint {
  record: VpcEndpointRecord;
  /** 127.x.y.z (Linux routes all of 127/8 to lo, so it needs no setup). */
  address: string;
}

/** Every available execute-api interface endpoint of every account and Region. */
export function executeApiEndpoints(state: EmulatorState): VpcEndpointRecord[] {
  return Object.values(state.ec2.byAccount)
    .flatMap((account) => Object.values(account.vpcEndpoints))
    .filter(
      (e) =>
        e.vpcEndpointType === 'Interface' &&
        e.state === 'available' &&
        serviceShortName(e.serviceName) === 'execute-api',
    );
}

/**
 * Loopback addresses derived from the endpoint id (a hash), so they are stable across restarts and resets. Endpoints
 * are placed oldest first; on a collision the younger one re-hashes, so an existing endpoint never moves because a
 * newer one appeared. 127.0.0.0/16 is left alone (127.0.0.1 and friends are in use on most machines).
 */
export function endpointAddresses(state: EmulatorState): DataPlaneEndpoint[] {
  const taken = new Set<string>();
  const ordered = executeApiEndpoints(state).sort(
    (a, b) => a.creationTimestamp.localeCompare(b.creationTimestamp) || a.vpcEndpointId.localeCompare(b.vpcEndpointId),
  );
  return ordered.map((record) => {
    for (let attempt = 0; ; attempt++) {
      const address = loopbackAddress(attempt === 0 ? record.vpcEndpointId : `${record.vpcEndpointId}#${attempt}`);
      if (!taken.has(address)) {
        taken.add(address);
        return { record, address };
      }
    }
  });
}

function loopbackAddress(seed: string): string {
  const hash = createHash('sha256').update(seed).digest();
  return `127.${1 + (hash[0] % 254)}.${hash[1]}.${1 + (hash[2] % 254)}`;
}

/** The endpoint's own DNS names (regional, zonal, and with private DNS on the private names), lowercase. */
export function endpointDnsNames(state: EmulatorState, record: VpcEndpointRecord): string[] {
  return dnsEntries(state.ec2, record).map((e) => e.dnsName.toLowerCase());
}

/** Regional and zonal `vpce-….execute-api.{region}.vpce.amazonaws.com` names of the endpoint. */
export function endpointVpceNames(state: EmulatorState, record: VpcEndpointRecord): string[] {
  return endpointDnsNames(state, record).filter((n) => n.endsWith('.vpce.amazonaws.com'));
}
