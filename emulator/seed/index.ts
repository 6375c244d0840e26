import type { EmulatorState } from '../core/state';
import type { SeedSpec } from '../core/seedSpec';

/**
 * PLACEHOLDER created by the core so the tree compiles; owned by the seed implementer, replace freely.
 * Contract: fill an EMPTY state in place according to `seed` (demo | none | scale:N), using `now` for timestamps.
 */
export function applySeed(_state: EmulatorState, _seed: SeedSpec, _now: Date): void {}
