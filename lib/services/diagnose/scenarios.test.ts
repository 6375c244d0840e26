import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { ACCOUNTS } from '@/emulator/seed/demo-ids';
import { DIAGNOSE_SCENARIOS, diagnoseSearch, type DiagnoseScenario } from '@/emulator/testing/diagnose-scenarios';
import { invalidateReads } from '@/lib/aws/read-cache';
import { readDiagnoseParams } from '@/lib/diagnose/question';
import { LINKS } from '@/lib/diagnose/walk';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { accountSession, resetToDemo, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadDiagnosis } from './diagnosis';

/**
 * One emulator scenario per link of the diagnosis: the demo story with one thing broken through the real SDK, read
 * with the demo's provider, consumer and outsider contexts (each side with its own credentials).
 */

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetToDemo(emulator);
  invalidateReads();
});

/** The scenario's /diagnose link, read as the page reads it. */
async function diagnose(s: DiagnoseScenario) {
  const search = new URLSearchParams(diagnoseSearch(s));
  const params: SearchParamsRecord = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length > 1 ? values : values[0];
  }
  const view = await loadDiagnosis(
    accountSession(ACCOUNTS[s.as], s.as),
    readLink(rawFromSearchParams(params)),
    readDiagnoseParams(params),
  );
  if (!view.diagnosis.ok) throw new Error(`${view.diagnosis.error.title}: ${view.diagnosis.error.message}`);
  return view.diagnosis.data;
}

const order = (id: string) => LINKS.findIndex((l) => l.id === id);
const involved = (d: Awaited<ReturnType<typeof diagnose>>) => d.links.filter((l) => l.status !== 'not-involved');

describe('diagnosis scenarios against the emulator', () => {
  it('covers every link at least once', () => {
    const named = new Set(DIAGNOSE_SCENARIOS.map((s) => s.broken?.link));
    expect(LINKS.map((l) => l.id).filter((l) => !named.has(l))).toEqual([]);
  });

  it.each(DIAGNOSE_SCENARIOS.filter((s) => s.broken === undefined).map((s) => [s.name, s] as const))(
    '%s: every link green, nothing unknown',
    async (_name, s) => {
      await s.breakIt?.(emulator.url);
      const d = await diagnose(s);
      expect(d.broken).toBeUndefined();
      expect(d.unknown).toBeUndefined();
      expect(involved(d).map((l) => [l.id, l.status])).toEqual(involved(d).map((l) => [l.id, 'ok']));
    },
  );

  it.each(DIAGNOSE_SCENARIOS.filter((s) => s.broken !== undefined).map((s) => [s.name, s] as const))(
    '%s',
    async (_name, s) => {
      const want = s.broken;
      if (!want) throw new Error('a broken scenario names its link');
      await s.breakIt?.(emulator.url);
      const d = await diagnose(s);
      expect([d.broken?.link.id, d.broken?.prerequisite.id]).toEqual([want.link, want.prerequisite]);
      for (const l of d.links.filter((x) => order(x.id) < order(want.link))) expect(l.status).not.toBe('broken');
      expect(d.broken?.answer).toContain(want.answer);
      expect(d.broken?.fix).toContain(want.fix);
    },
  );
});
