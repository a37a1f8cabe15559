// Ejection: a label still covering a line or a station takes one of its clean places, the
// labels it lands on move to their best places, and the labels those land on too (two
// levels); kept only when the labels involved cost less than before.
import type { LabelState } from './label-state.ts';

/** Clean places a badly placed label tries, pushing aside the labels in its way. */
const EJECT_TRIES = 8;

export function ejectPass(state: LabelState, order: readonly number[]): void {
  const { chosen, start } = state;
  for (const i of order) {
    if (state.clean(i, chosen[i] as number)) continue;
    const spots: number[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      if (state.better(i, k)) spots.push(k);
    spots.sort((a, b) => state.fixed(i, a) - state.fixed(i, b) || a - b);
    for (const k of spots.slice(0, EJECT_TRIES)) if (tryEject(state, i, k)) break;
  }
}

/** Station i's label to k, the labels it lands on pushed aside two levels deep. */
function push(state: LabelState, i: number, k: number, moved: Map<number, number>): void {
  state.lift(i);
  state.put(i, k);
  let wave = state.overlapping(i);
  for (let depth = 0; depth < 2 && wave.length > 0; depth++) {
    const next: number[] = [];
    for (const j of wave) {
      if (moved.has(j)) continue;
      moved.set(j, state.chosen[j] as number);
      state.lift(j);
      state.choose(j);
      next.push(...state.overlapping(j).filter((t) => !moved.has(t)));
    }
    wave = next;
  }
}

function tryEject(state: LabelState, i: number, k: number): boolean {
  const saved = new Map<number, number>([[i, state.chosen[i] as number]]);
  push(state, i, k, saved);
  const touched = [...saved.keys()];
  const after = touched.reduce((sum, t) => sum + state.current(t), 0);
  for (const [t, kt] of saved) {
    state.lift(t);
    state.put(t, kt);
  }
  const before = touched.reduce((sum, t) => sum + state.current(t), 0);
  if (after >= before - 1e-9) return false;
  // Redo the moves that were found (deterministic: same order, same choices).
  push(state, i, k, new Map([[i, k]]));
  return true;
}
