import { z } from 'zod';
import type { EmulatorResponse } from './core/types';

/** Helpers for the emulator's own `/_emulator/*` endpoints (plain JSON, not an AWS protocol). */
export function controlJson(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function parseControlBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  const parsed: unknown = JSON.parse(body.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('Body must be a JSON object');
  return parsed;
}

export const CLOCK_BODY = z.object({ advanceSeconds: z.number().refine(Number.isFinite) });
export const RESET_BODY = z.object({ seed: z.string().optional() });
export const FAULTS_BODY = z.object({ spec: z.string().optional() });

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
