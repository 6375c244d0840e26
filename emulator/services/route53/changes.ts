import { newChangeId } from './ids';
import { route53Account, type ChangeRecord, type Route53State } from './state';

/** Records a submitted change; GetChange reports it INSYNC (the emulator applies changes at once). */
export function recordChange(r53: Route53State, account: string, now: Date, comment?: string): ChangeRecord {
  const change: ChangeRecord = { id: newChangeId(), submittedAt: now.toISOString(), comment };
  route53Account(r53, account).changes[change.id] = change;
  return change;
}
