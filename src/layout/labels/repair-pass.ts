// Repair: a label that overlaps another label is placed again, now that all are down; up to
// six rounds, until a round moves none.
import type { LabelState } from './label-state.ts';

export function repairPass(state: LabelState, order: readonly number[]): void {
  for (let round = 0; round < 6; round++) {
    let moved = false;
    for (const i of order) {
      if (state.overlapping(i).length === 0) continue;
      const before = state.chosen[i];
      state.lift(i);
      state.choose(i);
      if (state.chosen[i] !== before) moved = true;
    }
    if (!moved) break;
  }
}
