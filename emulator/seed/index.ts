import type { EmulatorState } from '../core/state';
import type { SeedSpec } from '../core/seedSpec';
import { applyDemoSeed } from './demo';
import { applyScaleSeed } from './scale';

/** Fills an EMPTY state in place according to `seed` (demo | none | scale:N), using `now` for timestamps. */
export function applySeed(state: EmulatorState, seed: SeedSpec, now: Date): void {
  if (seed.kind === 'demo') applyDemoSeed(state, now);
  else if (seed.kind === 'scale') applyScaleSeed(state, seed.accounts, now, seed.sizes);
}
