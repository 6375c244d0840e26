import 'server-only';
import { toConsoleError, type ErrorHint } from '@/lib/aws/errors';
import { partialChangeError, type ChangeWords } from '@/lib/domains/change-report';
import { ActionFailure } from '@/lib/errors';

/** One write of a multi-part change: its words and the call that makes it. */
export interface PlannedChange extends ChangeWords {
  apply: () => Promise<unknown>;
  hint?: ErrorHint;
}

/**
 * Applies the writes in order, after every read and check is done. When one fails, the error names what AWS
 * already holds and what it does not, instead of a bare "failed" after half the change.
 */
export async function applyChanges(changes: PlannedChange[]): Promise<string[]> {
  const done: PlannedChange[] = [];
  for (const [i, change] of changes.entries()) {
    try {
      await change.apply();
    } catch (error) {
      if (done.length === 0) throw error;
      throw new ActionFailure(
        partialChangeError(done, change, changes.slice(i + 1), toConsoleError(error, change.hint)),
      );
    }
    done.push(change);
  }
  return done.map((c) => c.done);
}
