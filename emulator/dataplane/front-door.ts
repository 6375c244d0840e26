import type { EmulatorResponse } from '../core/types';
import { forbidden } from './answers';

/**
 * API Gateway's public front door, where `{api-id}.execute-api.{region}.amazonaws.com` resolves in public DNS: from a
 * VPC without an endpoint with private DNS on, or from on premises without resolver forwarding, a client reaches it
 * instead of an endpoint, and it refuses private APIs with 403 Forbidden (knowledge center "api-gateway-vpc-connections":
 * the default invoke URL used from on premises answers 403). One loopback address outside the endpoints' 127.1–254
 * range; the emulator serves no public API there (every request is refused, see emulator/README.md "Data plane").
 */
export const FRONT_DOOR_ADDRESS = '127.0.42.1';

const PUBLIC_EXECUTE_API = /^[^.]+\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;

/** The certificate the front door presents for a server name: AWS's Regional `*.execute-api` wildcard, or none. */
export function frontDoorCertificateNames(servername: string): string[] | undefined {
  const region = PUBLIC_EXECUTE_API.exec(servername)?.[1];
  return region ? [`*.execute-api.${region}.amazonaws.com`] : undefined;
}

/** What the front door answers every request: 403 Forbidden, with the link that refused in the diagnosis's words. */
export function frontDoorAnswer(): EmulatorResponse {
  const refusal = forbidden();
  return { ...refusal, headers: { ...refusal.headers, 'x-emulator-rule': 'dns' } };
}
