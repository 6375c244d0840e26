import type { EmulatorState } from './state';

/** The emulator clock: real time shifted by the persisted offset (moved by POST /_emulator/clock). */
export function emulatorNow(state: EmulatorState): Date {
  return new Date(Date.now() + state.clockOffsetSeconds * 1000);
}

/** API Gateway, RAM and ACM put timestamps on the wire as epoch seconds. */
export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
