/** EMULATOR_SEED: `demo` (default), `none`, or `scale:N` (N accounts' worth of data). */
export type SeedSpec = { kind: 'demo' } | { kind: 'none' } | { kind: 'scale'; accounts: number };

export function parseSeedSpec(text: string | undefined): SeedSpec {
  const value = (text ?? 'demo').trim();
  if (value === '' || value === 'demo') return { kind: 'demo' };
  if (value === 'none') return { kind: 'none' };
  const scale = /^scale:(\d+)$/.exec(value);
  if (scale && Number(scale[1]) > 0) return { kind: 'scale', accounts: Number(scale[1]) };
  throw new Error(`EMULATOR_SEED must be demo, none or scale:N (N ≥ 1); got "${value}"`);
}
