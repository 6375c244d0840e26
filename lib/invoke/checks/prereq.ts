import type { Prerequisite } from '../types';

export function met(id: string, label: string, reason: string): Prerequisite {
  return { id, label, status: 'met', reason };
}

export function notMet(id: string, label: string, reason: string, fix: string, symptom: string): Prerequisite {
  return { id, label, status: 'not-met', reason, fix, symptom };
}

export function unknown(
  id: string,
  label: string,
  reason: string,
  fix: string,
  symptom: string,
  askProvider?: string,
): Prerequisite {
  return askProvider
    ? { id, label, status: 'unknown', reason, fix, symptom, askProvider }
    : { id, label, status: 'unknown', reason, fix, symptom };
}
