import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { ACCOUNTS } from '@/emulator/seed/demo-ids';
import { DIAGNOSE_SCENARIOS, type DiagnoseScenario } from '@/emulator/testing/diagnose-scenarios';
import { startTestEmulator } from '@/emulator/testing/harness';
import type { Session } from '@/lib/aws/session';
import { invalidateReads } from '@/lib/aws/read-cache';
import { LINKS } from '@/lib/diagnose/walk';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { loadDiagnosis } from './diagnosis';

/**
 * One emulator scenario per link of the diagnosis: the demo story with one thing broken through the real SDK, read
 * with the demo's provider, consumer and outsider contexts (each side with its own credentials).
 */

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: { kind: 'demo' } });
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST', body: '{}' });
  invalidateReads();
});

function sessionAs(as: DiagnoseScenario['as']): Session {
  const account = ACCOUNTS[as];
  return {
    context: { id: as, label: as, description: as, accountId: account, staticAccessKeyId: account },
    region: 'us-east-1',
  };
}

async function diagnose(s: DiagnoseScenario) {
  const selection: InvokeSelection = { ...DEFAULT_SELECTION, ...s.question };
  const view = await loadDiagnosis(
    sessionAs(s.as),
    { selection, errors: {}, requestGiven: true },
    {
      form: s.form,
      ...(s.clientAccount ? { clientAccount: s.clientAccount } : {}),
      ...(s.signed === undefined ? {} : { signed: s.signed }),
    },
  );
  if (!view.diagnosis.ok) throw new Error(`${view.diagnosis.error.title}: ${view.diagnosis.error.message}`);
  return view.diagnosis.data;
}

const order = (id: string) => LINKS.findIndex((l) => l.id === id);

describe('diagnosis scenarios against the emulator', () => {
  it('covers every link at least once, and twelve broken situations', () => {
    const named = new Set(DIAGNOSE_SCENARIOS.map((s) => s.link).filter((l) => l !== undefined));
    expect([...LINKS.map((l) => l.id)].filter((l) => !named.has(l))).toEqual(['endpoint', 'tls', 'cors']);
    expect(DIAGNOSE_SCENARIOS.filter((s) => s.link).length).toBeGreaterThanOrEqual(12);
  });

  it.each(DIAGNOSE_SCENARIOS.filter((s) => s.link === undefined).map((s) => [s.name, s] as const))(
    '%s: every link green, nothing unknown',
    async (_name, s) => {
      const d = await diagnose(s);
      expect(d.broken).toBeUndefined();
      expect(d.unknown).toBeUndefined();
      expect(d.links.filter((l) => l.status !== 'not-involved').map((l) => [l.id, l.status])).toEqual(
        d.links.filter((l) => l.status !== 'not-involved').map((l) => [l.id, 'ok']),
      );
    },
  );

  it.each(DIAGNOSE_SCENARIOS.filter((s) => s.link !== undefined).map((s) => [s.name, s] as const))(
    '%s',
    async (_name, s) => {
      await s.breakIt?.(emulator);
      const d = await diagnose(s);
      expect(d.broken?.link.id).toBe(s.link);
      expect(d.broken?.prerequisite.id).toBe(s.prerequisite);
      for (const l of d.links.filter((x) => order(x.id) < order(s.link ?? ''))) expect(l.status).not.toBe('broken');
      expect(d.broken?.fix).not.toBe('');
    },
  );
});
